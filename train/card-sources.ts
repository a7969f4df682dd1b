import type { TaskName } from './tasks';

/** Data sets, licenses and attribution per task, for the model cards. */
export const CARD_SOURCES: Record<TaskName, { datasets: string[]; modelLicense: string; limits: string[]; /** How to re-measure the shipped model outside the trainer. */ measurement?: string }> = {
  emotion: {
    datasets: [
      '**GoEmotions** (Google), Reddit comments, 28 labels. License: CC BY 4.0. Demszky, D., Movshovitz-Attias, D., Ko, J., Cowen, A., Nemade, G., Ravi, S. "GoEmotions: A Dataset of Fine-Grained Emotions", ACL 2020. Files used: train.tsv (training), dev.tsv (early stopping, thresholds, reported metrics); copied unchanged from github.com/monologg/GoEmotions-pytorch (original: github.com/google-research/google-research/tree/master/goemotions).',
    ],
    modelLicense: 'The weights are derived from GoEmotions (CC BY 4.0): redistribute with the attribution above.',
    limits: [
      'Trained on Reddit comments (English), not on LLM conversations: assistant messages in particular are out of domain (long, polite, formal text tends to come out `neutral`, `approval` or `gratitude`).',
      'A bag of word pieces and piece pairs: no word order beyond adjacent pieces, no negation scope ("not happy" is partly read as happy), no sarcasm.',
      'Rare labels (grief, relief, pride, nervousness, embarrassment) have few training examples and low recall/precision; see the per-label table.',
      'GoEmotions annotations are noisy (moderate inter-rater agreement); names were masked as [NAME] in the data.',
    ],
  },
  toxicity: {
    datasets: [
      '**OLID v1.0** (Offensive Language Identification Dataset, OffensEval / SemEval-2019 Task 6), tweets. Zampieri, M., Malmasi, S., Nakov, P., Rosenthal, S., Farra, N., Kumar, R. "Predicting the Type and Target of Offensive Posts in Social Media", NAACL 2019. The OLID README states no license and asks for this citation; the redistributing repository (github.com/wenliangdai/multi-task-offensive-language-detection) is CC BY 4.0. Treat as research data with attribution; verify before redistributing the data itself. Only olid-training-v1.0.tsv was used.',
      '**Davidson et al. 2017**, tweets labeled hate speech / offensive / neither. License: MIT (Copyright (c) 2017 Tom Davidson). Davidson, T., Warmsley, D., Macy, M., Weber, I. "Automated Hate Speech Detection and the Problem of Offensive Language", ICWSM 2017. Source: github.com/t-davidson/hate-speech-and-offensive-language.',
      '**CLINC150 / OOS-eval** (benign negatives). Larson, S., Mahendran, A., Peper, J. J., Clarke, C., Lee, A., Hill, P., Kummerfeld, J. K., Leach, K., Laurenzano, M. A., Tang, L., Mars, J. "An Evaluation Dataset for Intent Classification and Out-of-Scope Prediction", EMNLP 2019. License: CC BY 3.0. Source: github.com/clinc/oos-eval (train split only).',
      '**Schema-Guided Dialogue (SGD)**, DSTC8 (benign negatives). Rastogi, A., Zang, X., Sunkara, S., Gupta, R., Khaitan, P. "Towards Scalable Multi-domain Conversational Agents: The Schema-Guided Dialogue Dataset", AAAI 2020. License: CC BY-SA 4.0. User and system turns of the SGD train split (sgd_user_flow_turns_train.csv, sgd_system_flow_turns.csv).',
      '**Handwritten examples** written by this project, not copied from any data set (shipped in the repository under the project license): train/handwritten/benign-assistant.jsonl (benign assistant replies: code help, travel, explanations, apologies, refusals), train/handwritten/benign-user.jsonl (benign user prompts, including technical "kill/abort/terminate" wording) and train/handwritten/toxic-chat.jsonl (hostile messages aimed at an assistant or a product).',
    ],
    modelLicense: 'Trained on SGD (CC BY-SA 4.0): these weights are an adaptation and are shared under **CC BY-SA 4.0** (share-alike), with attribution to SGD (Rastogi et al. 2020), CLINC150 (Larson et al. 2019, CC BY 3.0), OLID (cite Zampieri et al. 2019; CC BY 4.0 per the redistributing repository) and Davidson et al. (MIT, keep the copyright notice and cite the paper). (Training on CLINC150 and the handwritten examples only would avoid share-alike; SGD was kept because its system turns are the closest public text to assistant replies.)',
    limits: [
      'Positives are tweets (2017-2019 US Twitter) plus a few dozen handwritten chat insults, not LLM conversations; slurs and profanity dominate what the model has learned, so polite but hostile text is under-detected and quoted or reclaimed slurs are over-detected.',
      'The benign negatives (CLINC150, SGD, handwritten) are short, polite, task-oriented texts; long or unusual assistant replies (foreign-language passages, emotional support) can still be flagged now and then, and blunt but not offensive user complaints ("you are repeating yourself") sit close to the threshold.',
      'Known dialect bias: Davidson et al. labels flag African-American English as offensive more often (Davidson et al. 2019, arXiv:1905.12516); this model inherits it.',
      '`identity_hate` is weak (see metrics): few examples, and the two sources define it differently (Davidson "hate speech" vs OLID offensive + targeted at a group).',
      'The labels are named after the Jigsaw labels of the accurate-tier model but were not trained on Jigsaw data: scores are not comparable across tiers.',
    ],
  },
  'user-flow': {
    datasets: [
      '**CLINC150 / OOS-eval**. Larson, S., Mahendran, A., Peper, J. J., Clarke, C., Lee, A., Hill, P., Kummerfeld, J. K., Leach, K., Laurenzano, M. A., Tang, L., Mars, J. "An Evaluation Dataset for Intent Classification and Out-of-Scope Prediction", EMNLP 2019. License: CC BY 3.0. Source: github.com/clinc/oos-eval (train and val splits; the test split was not used).',
      '**Schema-Guided Dialogue (SGD)**, DSTC8. Rastogi, A., Zang, X., Sunkara, S., Gupta, R., Khaitan, P. "Towards Scalable Multi-domain Conversational Agents: The Schema-Guided Dialogue Dataset", AAAI 2020. License: CC BY-SA 4.0. Turn-level dialogue-act subset of the train split (sgd_user_flow_turns_train.csv).',
      '**Handwritten examples** written by this project, not copied from any data set (train/handwritten/user-flow.jsonl, shipped in the repository under the project license).',
    ],
    modelLicense: 'Trained on SGD (CC BY-SA 4.0): these weights are an adaptation and are shared under **CC BY-SA 4.0** (share-alike), with attribution to SGD (Rastogi et al. 2020) and CLINC150 (Larson et al. 2019, CC BY 3.0).',
    limits: [
      'Task-oriented, crowd-written assistant commands and booking dialogues (restaurants, flights, movies), not real LLM chats: short turns work best; long prompts mostly come out OTHER.',
      'Only the flow labels the public data supports (plus one from handwritten examples) out of the 21 of the accurate-tier user-flow model; everything else is OTHER.',
      '`model_wrong_or_try_again` comes only from about 145 handwritten examples (held-out support in the tables below): treat it as a phrase-level detector ("that\'s wrong", "try again", "doesn\'t work"); corrections that only state the right fact ("it was 2019, not 2017") are often missed. SGD turns that tell the booking system it is wrong or should try again are dropped from training rather than labelled OTHER or more_listing_or_expand.',
      'The handwritten held-out rows are a few dozen texts per label at most (see the handwritten table): their precision and recall move by several points with one text.',
      'SGD labels a turn that both thanks and ends the dialogue as a goodbye, so short thank-you turns ("thank you so much", "ok, thanks") sometimes come out `user_goodbye` instead of `agrees_praising_thanking`.',
      'Requests to continue ("continue", "go on", "now write the tests") and complaints about repetition are trained as OTHER: no continue or repetition label is shipped.',
      'Single label per text: a turn that thanks and asks something new gets one label (see the priority rules above).',
    ],
  },
  'agent-flow': {
    datasets: [
      '**Schema-Guided Dialogue (SGD)**, DSTC8. Rastogi, A., Zang, X., Sunkara, S., Gupta, R., Khaitan, P. "Towards Scalable Multi-domain Conversational Agents: The Schema-Guided Dialogue Dataset", AAAI 2020. License: CC BY-SA 4.0. Turn-level dialogue-act subset of system turns (sgd_system_flow_turns.csv; rows of the SGD test split were not read).',
      '**Handwritten examples** written by this project, not copied from any data set (train/handwritten/agent-flow.jsonl, shipped in the repository under the project license).',
    ],
    modelLicense: 'Trained on SGD (CC BY-SA 4.0): these weights are an adaptation and are shared under **CC BY-SA 4.0** (share-alike), with attribution to SGD (Rastogi et al. 2020).',
    limits: [
      'SGD system turns are short, templated booking-assistant replies, not LLM answers: long assistant messages are mostly OTHER, and the flow phrase has to dominate the text to be detected (mean pooling dilutes it in long answers).',
      '`refuses_to_answer` and `apologizes_for_mistake_or_error` come only from handwritten examples (about 65 and 90): treat them as phrase-level detectors; their held-out numbers rest on one or two dozen texts. An apology at the start of a long answer is often diluted below the threshold.',
      '`no_information_doesnt_know` is mostly SGD "Sorry, I couldn\'t find/book ..." (a failed action), which is close to but not the same as an LLM not knowing.',
    ],
  },
  topic: {
    datasets: [
      '**Stack Exchange question titles** (103 sites), via the TWEAC QA-agent selection data: Geigle, G., Reimers, N., Rücklé, A., Gurevych, I. "TWEAC: Transformer with Extendable QA Agent Classifiers", arXiv:2104.07081 (2021); github.com/UKPLab/TWEAC-qa-agent-selection @ ed4f0ca. Question titles from the Stack Exchange sites listed in site_topics.tsv, contributors of Stack Exchange, Inc., via UKPLab TWEAC. License: CC BY-SA 3.0 (posts before 2018-05-02) / CC BY-SA 4.0 (later). train.tsv was used for training and dev, dev.tsv for the held-out numbers; the upstream test files were not used.',
      '**CLINC150 / OOS-eval**. Larson, S., Mahendran, A., Peper, J. J., Clarke, C., Lee, A., Hill, P., Kummerfeld, J. K., Leach, K., Laurenzano, M. A., Tang, L., Mars, J. "An Evaluation Dataset for Intent Classification and Out-of-Scope Prediction", EMNLP 2019. License: CC BY 3.0. Source: github.com/clinc/oos-eval (train and val splits; the test split was not used).',
      '**Arena-Hard-Auto v0.1** prompts (one prompt of each topic cluster trains, the other is held out). Li, T., Chiang, W.-L., Frick, E., Dunlap, L., Wu, T., Zhu, B., Gonzalez, J. E., Stoica, I. "From Crowdsourced Data to High-Quality Benchmarks: Arena-Hard and BenchBuilder Pipeline", arXiv:2406.11939 (2024). License: Apache-2.0. Source: github.com/lmarena/arena-hard-auto @ 196f6b8, data/arena-hard-v0.1/question.jsonl; topic labels written by this project.',
      '**Handwritten examples** written by this project, not copied from any data set (train/handwritten/topic-*.jsonl, shipped in the repository under the project license).',
    ],
    measurement: 'The tables above come from the trainer (512 tokens). What the plugin writes (the inference core, its 256-token cut, decideLabel with these thresholds), per source, with precision and recall of coding, math and writing among the texts labeled with one of the three (as the independent chat-prompt set is labeled), the top confusions and, with `--errors N`, the misclassified texts: `node dist/train/topic-measure.js --model models/default-topic --data-dir ../shared/data` (add `--split dev` for the dev sets).',
    modelLicense: 'Trained on Stack Exchange content (CC BY-SA 3.0 / 4.0): these weights are an adaptation and are shared under **CC BY-SA 4.0** (share-alike), with attribution to the Stack Exchange contributors (question titles from the Stack Exchange sites in site_topics.tsv, contributors of Stack Exchange, Inc., via UKPLab TWEAC, Geigle et al. 2021) and CLINC150 (Larson et al. 2019, CC BY 3.0).',
    limits: [
      'One topic per request, from a bag of word pieces and piece pairs: a request that spans two topics gets the one whose words weigh most. The kind of request was trained to win over the subject (a Python script about taxes is coding, a poem about code is writing, a word problem about trains is math), but long prompts full of one domain\'s words can still go to that domain.',
      'Most of the training text is Stack Exchange titles (short, clean questions); chat prompts are long and mixed, and their probabilities spread over several topics. The thresholds are capped at 0.2 for that reason: a higher cap buys about 0.01-0.02 title macro-F1 and sends long coding prompts to `other`.',
      'Known confusions: coding vs technology (server configuration, shell commands, IT questions sit on the line; the shipped site map puts superuser, askubuntu and serverfault in technology and unix in coding); writing vs business_finance for emails and cover letters to a manager or a client; writing vs entertainment for role-play and game content; coding vs math for code that comes with pasted tables of numbers, and for algorithm puzzles; science vs health for biology; entertainment and humanities vs writing for fiction.',
      '`shopping` comes from one Stack Exchange site (hardware recommendations), CLINC150 orders and shopping lists, and a few handwritten prompts: it is weak outside electronics. `small_talk` and `other` come from CLINC150 and handwritten prompts only: short turns work best.',
      'Label noise: a title\'s label is its site (a money question on the workplace site counts as business_finance either way). The Arena-Hard labels and every handwritten example were written by one person of this project; the Arena-Hard held-out half and the handwritten held-out prompts were read during development (error categories, not copied), so their numbers are development estimates; the independent numbers come from held-out sets this project never saw.',
    ],
  },
};
