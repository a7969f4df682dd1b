import type { TaskName } from './tasks';

const SGD = '**Schema-Guided Dialogue (SGD)**, DSTC8. Rastogi, A., Zang, X., Sunkara, S., Gupta, R., Khaitan, P. "Towards Scalable Multi-domain Conversational Agents: The Schema-Guided Dialogue Dataset", AAAI 2020. License: CC BY-SA 4.0. Turn-level dialogue-act subsets derived from the train (and for system turns, dev) split; rows of the SGD test split were not read.';
const CLINC = '**CLINC150 / OOS-eval**. Larson, S., Mahendran, A., Peper, J. J., Clarke, C., Lee, A., Hill, P., Kummerfeld, J. K., Leach, K., Laurenzano, M. A., Tang, L., Mars, J. "An Evaluation Dataset for Intent Classification and Out-of-Scope Prediction", EMNLP 2019. License: CC BY 3.0. Source: github.com/clinc/oos-eval (train and val splits; the test split was not used).';
const ARENA = '**Arena-Hard-Auto v0.1 prompts** (500 real Chatbot Arena user prompts). Li, T., Chiang, W.-L., Frick, E., Dunlap, L., Wu, T., Zhu, B., Gonzalez, J. E., Stoica, I. "From Crowdsourced Data to High-Quality Benchmarks: Arena-Hard and BenchBuilder Pipeline", arXiv:2406.11939, 2024. License: Apache-2.0. Source: github.com/lmarena/arena-hard-auto (v0.1 questions; the v2.0 prompts were not used).';
const GPTFUZZ = '**GPTFuzz labeled responses** (gpt-3.5-turbo answers to jailbreak prompts, hand-labeled jailbroken / not) and its question list. Yu, J., Lin, X., Yu, Z., Xing, X. "GPTFUZZER: Red Teaming Large Language Models with Auto-Generated Jailbreak Prompts" / "LLM-Fuzzer", USENIX Security 2024 (arXiv:2309.10253). License: MIT (Copyright 2023 Jiahao Yu). Source: github.com/sherdencooper/GPTFuzz (datasets/responses_labeled/train.csv, evaluate.csv; datasets/questions/question_list.csv).';
const WRITTEN = (files: string): string => `**Examples written by this project** (not copied from any data set; shipped in the repository under the project license): ${files}. Written in the style of real LLM chats (ChatGPT, Claude, Llama, Gemini, Mistral answers; short and long user turns), for what no public set with a commercial-use license covers.`;
const SHARE_ALIKE = (attributions: string): string => `Trained on SGD (CC BY-SA 4.0): these weights are an adaptation and are shared under **CC BY-SA 4.0** (share-alike), with attribution to ${attributions}.`;

/** Data sets, licenses and attribution per task, for the model cards. */
export const CARD_SOURCES: Record<TaskName, { datasets: string[]; modelLicense: string; limits: string[]; /** How to re-measure the shipped model outside the trainer. */ measurement?: string }> = {
  emotion: {
    datasets: [
      '**GoEmotions** (Google), Reddit comments, 28 labels. License: CC BY 4.0. Demszky, D., Movshovitz-Attias, D., Ko, J., Cowen, A., Nemade, G., Ravi, S. "GoEmotions: A Dataset of Fine-Grained Emotions", ACL 2020. Files used: train.tsv (training), dev.tsv (early stopping, thresholds); copied unchanged from github.com/monologg/GoEmotions-pytorch (original: github.com/google-research/google-research/tree/master/goemotions). The test split was not used.',
      WRITTEN('train/handwritten/emotion.jsonl (training) and emotion.dev.jsonl (held out, scored only)'),
    ],
    modelLicense: 'The weights are derived from GoEmotions (CC BY 4.0): shared under **CC BY 4.0**, redistribute with the attribution above.',
    limits: [
      'Learned mostly from Reddit comments: plain task requests and questions often come out `curiosity` or `confusion` rather than `neutral`, and long assistant answers drift towards `approval`, `caring` or `gratitude`.',
      'A bag of word pieces and frequent piece pairs: "not correct" is seen as a pair, but negation over longer spans, sarcasm ("great, another error") and irony are mostly missed.',
      'The GoEmotions dev numbers above are measured on the set the thresholds were tuned on: tuning on one half of dev and scoring the other gives macro-F1 about 0.47 (training_report.json, dev_split_half), which is what to expect on unseen Reddit text (the accurate-tier MiniLMv2 model reports 0.487 on the test split).',
      'Rare labels (grief, relief, pride, nervousness, embarrassment) have few training examples and unreliable precision and recall: see the per-label table.',
      'GoEmotions annotations are noisy (moderate inter-rater agreement); names were masked as [NAME] in the data.',
    ],
  },
  toxicity: {
    datasets: [
      '**OLID v1.0** (Offensive Language Identification Dataset, OffensEval / SemEval-2019 Task 6), tweets. Zampieri, M., Malmasi, S., Nakov, P., Rosenthal, S., Farra, N., Kumar, R. "Predicting the Type and Target of Offensive Posts in Social Media", NAACL 2019. The OLID README states no license and asks for this citation; the redistributing repository (github.com/wenliangdai/multi-task-offensive-language-detection) is CC BY 4.0. Only olid-training-v1.0.tsv was used; the test sets were not.',
      '**Davidson et al. 2017**, tweets labeled hate speech / offensive / neither. License: MIT (Copyright (c) 2017 Tom Davidson). Davidson, T., Warmsley, D., Macy, M., Weber, I. "Automated Hate Speech Detection and the Problem of Offensive Language", ICWSM 2017. Source: github.com/t-davidson/hate-speech-and-offensive-language.',
      `${CLINC} Benign negatives (train split only).`,
      `${SGD} Benign negatives (user and system turns).`,
      `${ARENA} Benign real user prompts.`,
      `${GPTFUZZ} The 100 harmful questions as toxic prompts; refusals of train.csv as benign assistant text.`,
      '**Stack Exchange question titles** of the language sites (via UKPLab TWEAC, github.com/UKPLab/TWEAC-qa-agent-selection), benign text in many languages. License: CC BY-SA 3.0 / 4.0, contributors of Stack Exchange, Inc.; Geigle, G., Reimers, N., Rücklé, A., Gurevych, I. "TWEAC: Transformer with Extendable QA Agent Classifiers", arXiv:2104.07081, 2021. Test files not used.',
      WRITTEN('train/handwritten/toxic-chat.jsonl (toxic chat prompts with their labels), benign-user.jsonl and benign-assistant.jsonl (benign turns, some in other languages), the assistant answers and user turns of agent-flow.jsonl, answer-bodies.jsonl and user-flow.jsonl (as benign text), toxicity.dev.jsonl (held out, scored only)'),
    ],
    modelLicense: SHARE_ALIKE('SGD (Rastogi et al. 2020) and the Stack Exchange contributors (CC BY-SA), CLINC150 (Larson et al. 2019, CC BY 3.0), OLID (cite Zampieri et al. 2019; CC BY 4.0 per the redistributing repository), Davidson et al. (MIT, keep the copyright notice), GPTFuzz (MIT, keep the copyright notice) and Arena-Hard-Auto (Apache-2.0)'),
    limits: [
      'Positives are mostly tweets (2017-2019 US Twitter) plus a few hundred written chat prompts; slurs and profanity dominate what it learned, so polite but hostile text, harassment requests and jailbreak prompts written in new ways are under-detected.',
      'On tweets it is only fair (see OLID): a bag of pieces does not see who is targeted or whether a slur is quoted or reclaimed.',
      'Written benign prompts that use words like kill, shoot, sex or drugs harmlessly are still flagged a few percent of the time (see the table); benign assistant text much less.',
      'Known dialect bias: Davidson et al. labels flag African-American English as offensive more often (Davidson et al. 2019, arXiv:1905.12516); this model inherits it.',
      '`insult` and `identity_hate` have low recall and only fair precision on tweets; `threat` comes from written examples only (a few dozen). `obscene` and `severe_toxic` are not shipped.',
      'The label names are those of the accurate-tier Jigsaw model, but it was not trained on Jigsaw data: scores are not comparable across tiers.',
    ],
  },
  'user-flow': {
    datasets: [
      CLINC,
      `${SGD} User turns (sgd_user_flow_turns_train.csv).`,
      `${ARENA} As OTHER (70% train, 30% held out).`,
      WRITTEN('train/handwritten/user-flow.jsonl (training), user-flow.dev.jsonl and user-flow.dev-fresh.jsonl (held out, scored only)'),
    ],
    modelLicense: SHARE_ALIKE('SGD (Rastogi et al. 2020), CLINC150 (Larson et al. 2019, CC BY 3.0) and Arena-Hard-Auto (Apache-2.0)'),
    limits: [
      'Most of the 21 labels come from a few dozen written examples each: the model is a phrase-level detector. Unusual phrasings, turns that mix a flow act with a new request, and long prompts mostly come out OTHER.',
      'Single label per text: a turn that thanks and asks something new gets one label (a new request wins, so it is usually OTHER).',
      'Close labels blur: user_doubts_answer vs model_wrong_or_try_again, user_wants_more_detail vs more_listing_or_expand vs user_wants_shorter_longer_answer, continue vs continue_or_finnish_code.',
      'The public user turns are crowd-written assistant commands and booking dialogues, not LLM chats.',
    ],
  },
  'agent-flow': {
    datasets: [
      `${SGD} System turns (sgd_system_flow_turns.csv).`,
      `${GPTFUZZ} Responses as refusals (label 0) and complying answers (label 1).`,
      WRITTEN('train/handwritten/agent-flow.jsonl and answer-bodies.jsonl (training; long answers are composed from them at training time), agent-flow.dev.jsonl and agent-flow.dev-fresh.jsonl (held out, scored only)'),
    ],
    modelLicense: SHARE_ALIKE('SGD (Rastogi et al. 2020) and GPTFuzz (MIT, keep the copyright notice)'),
    limits: [
      'A bag of pieces: a refusal, apology or limitation sentence is found wherever it stands in an answer up to the plugins\' 256-token cut, but a quoted refusal ("the model said \'I can\'t help\'") counts too, and a refusal worded unlike any training example can be missed.',
      'On GPTFuzz (jailbreak answers) precision is lower: an answer where one persona refuses and another complies is, by the data set\'s labels, not a refusal, but the refusal sentence is there.',
      'success_and_followup_assistance is meant for short confirmations and follow-up offers; a long answer that ends with "let me know if you need anything else" stays OTHER.',
      'Apologies for a mistake vs for an unsatisfying answer, and not knowing vs not being able to look things up, are close and sometimes swapped.',
    ],
  },
  topic: {
    datasets: [
      '**Stack Exchange question titles** (103 sites), via the TWEAC QA-agent selection data: Geigle, G., Reimers, N., Rücklé, A., Gurevych, I. "TWEAC: Transformer with Extendable QA Agent Classifiers", arXiv:2104.07081 (2021); github.com/UKPLab/TWEAC-qa-agent-selection @ ed4f0ca. Question titles from the Stack Exchange sites listed in site_topics.tsv, contributors of Stack Exchange, Inc., via UKPLab TWEAC. License: CC BY-SA 3.0 (posts before 2018-05-02) / CC BY-SA 4.0 (later). train.tsv was used for training and dev, dev.tsv for the held-out numbers; the upstream test files were not used.',
      '**CLINC150 / OOS-eval**. Larson, S., Mahendran, A., Peper, J. J., Clarke, C., Lee, A., Hill, P., Kummerfeld, J. K., Leach, K., Laurenzano, M. A., Tang, L., Mars, J. "An Evaluation Dataset for Intent Classification and Out-of-Scope Prediction", EMNLP 2019. License: CC BY 3.0. Source: github.com/clinc/oos-eval (train and val splits; the test split was not used).',
      '**Arena-Hard-Auto v0.1** prompts (one prompt of each topic cluster trains, the other is held out). Li, T., Chiang, W.-L., Frick, E., Dunlap, L., Wu, T., Zhu, B., Gonzalez, J. E., Stoica, I. "From Crowdsourced Data to High-Quality Benchmarks: Arena-Hard and BenchBuilder Pipeline", arXiv:2406.11939 (2024). License: Apache-2.0. Source: github.com/lmarena/arena-hard-auto @ 196f6b8, data/arena-hard-v0.1/question.jsonl; topic labels written by this project.',
      '**Handwritten examples** written by this project, not copied from any data set (train/handwritten/topic-*.jsonl, shipped in the repository under the project license).',
    ],
    measurement: 'Per source, what the plugin writes (the inference core, its 256-token cut, decideLabel with these thresholds), with precision and recall of coding, math and writing among the texts labeled with one of the three (as the independent chat-prompt set is labeled), the top confusions and, with `--errors N`, the misclassified texts: `node dist/train/topic-measure.js --model models/default-topic --data-dir ../shared/data` (add `--split dev` for the dev sets).',
    modelLicense: 'Trained on Stack Exchange content (CC BY-SA 3.0 / 4.0): these weights are an adaptation and are shared under **CC BY-SA 4.0** (share-alike), with attribution to the Stack Exchange contributors (question titles from the Stack Exchange sites in site_topics.tsv, contributors of Stack Exchange, Inc., via UKPLab TWEAC, Geigle et al. 2021) and CLINC150 (Larson et al. 2019, CC BY 3.0).',
    limits: [
      'One topic per request, from a bag of word pieces and piece pairs: a request that spans two topics gets the one whose words weigh most. The kind of request was trained to win over the subject (a Python script about taxes is coding, a poem about code is writing, a word problem about trains is math), but long prompts full of one domain\'s words can still go to that domain.',
      'Most of the training text is Stack Exchange titles (short, clean questions); chat prompts are long and mixed, and their probabilities spread over several topics. The thresholds are capped at 0.2 for that reason: a higher cap buys about 0.01-0.02 title macro-F1 and sends long coding prompts to `other`.',
      'Known confusions: coding vs technology (server configuration, shell commands, IT questions sit on the line; the shipped site map puts superuser, askubuntu and serverfault in technology and unix in coding); writing vs business_finance for emails and cover letters to a manager or a client; writing vs entertainment for role-play and game content; coding vs math for code that comes with pasted tables of numbers, and for algorithm puzzles; science vs health for biology; entertainment and humanities vs writing for fiction.',
      'Requests for a work document in a domain\'s words (a literature review, a research scope, a position paper, a prompt for another AI) still often get the domain, not `writing`: writing recall on the Arena-Hard held-out half is low (see Quality), while requests for stories, poems, jokes, speeches, emails and rewrites are recognised.',
      '`shopping` comes from one Stack Exchange site (hardware recommendations), CLINC150 orders and shopping lists, and a few handwritten prompts: it is weak outside electronics. `small_talk` and `other` come from CLINC150 and handwritten prompts only: short turns work best.',
      'Label noise: a title\'s label is its site (a money question on the workplace site counts as business_finance either way). The Arena-Hard labels and every handwritten example were written by one person of this project; the Arena-Hard held-out half and the handwritten held-out prompts were read during development (error categories, not copied), so their numbers are development estimates; the independent numbers come from held-out sets this project never saw.',
    ],
  },
};
