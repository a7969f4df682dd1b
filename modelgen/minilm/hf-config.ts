import { MiniLmShape } from './minilm-shape';

export type ProblemType = 'multi_label_classification' | 'single_label_classification';

/** A Hugging Face BertConfig for a sequence classifier (`id2label` keys are strings, as transformers writes them). */
export function bertClassifierConfigJson(labels: readonly string[], problemType: ProblemType, shape: MiniLmShape, vocabSize: number): object {
  return {
    architectures: ['BertForSequenceClassification'],
    model_type: 'bert',
    problem_type: problemType,
    id2label: Object.fromEntries(labels.map((label, id) => [String(id), label])),
    label2id: Object.fromEntries(labels.map((label, id) => [label, id])),
    hidden_size: shape.hidden,
    num_hidden_layers: shape.layers,
    num_attention_heads: shape.heads,
    intermediate_size: shape.intermediate,
    hidden_act: 'gelu',
    hidden_dropout_prob: 0.1,
    attention_probs_dropout_prob: 0.1,
    classifier_dropout: null,
    initializer_range: 0.02,
    layer_norm_eps: shape.layerNormEps,
    max_position_embeddings: shape.maxPositions,
    type_vocab_size: shape.typeVocab,
    vocab_size: vocabSize,
    pad_token_id: 0,
    position_embedding_type: 'absolute',
    use_cache: true,
    torch_dtype: 'float32',
    transformers_version: '4.40.0',
  };
}
