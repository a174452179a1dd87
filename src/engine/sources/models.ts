import type { Source } from './types.ts';

/** Model architectures and their published config.json values and parameter counts. */
export const modelsSources = {
  'hf-llama-2-7b-config': {
    authors: 'Meta AI (Hugging Face Hub)', title: 'meta-llama/Llama-2-7b-hf config.json', year: 2023, venue: 'config.json',
    url: 'https://huggingface.co/meta-llama/Llama-2-7b-hf/blob/main/config.json',
    section: 'verbatim copy also in mlc-ai/mlc-llm python/mlc_llm/model/model_preset.py (llama2_7b)',
  },
  'hf-llama-2-13b-config': {
    authors: 'Meta AI (Hugging Face Hub)', title: 'meta-llama/Llama-2-13b-hf config.json', year: 2023, venue: 'config.json',
    url: 'https://huggingface.co/meta-llama/Llama-2-13b-hf/blob/main/config.json',
  },
  'hf-llama-2-70b-config': {
    authors: 'Meta AI (Hugging Face Hub)', title: 'meta-llama/Llama-2-70b-hf config.json', year: 2023, venue: 'config.json',
    url: 'https://huggingface.co/meta-llama/Llama-2-70b-hf/blob/main/config.json',
    section: 'verbatim copy also in mlc-ai/mlc-llm model_preset.py (llama2_70b)',
  },
  'hf-llama-3-8b-config': {
    authors: 'Meta AI (Hugging Face Hub)', title: 'meta-llama/Meta-Llama-3-8B config.json', year: 2024, venue: 'config.json',
    url: 'https://huggingface.co/meta-llama/Meta-Llama-3-8B/blob/main/config.json',
  },
  'hf-llama-3-70b-config': {
    authors: 'Meta AI (Hugging Face Hub)', title: 'meta-llama/Meta-Llama-3-70B config.json', year: 2024, venue: 'config.json',
    url: 'https://huggingface.co/meta-llama/Meta-Llama-3-70B/blob/main/config.json',
  },
  'hf-llama-3.2-1b-config': {
    authors: 'Meta AI (Hugging Face Hub)', title: 'meta-llama/Llama-3.2-1B config.json', year: 2024, venue: 'config.json',
    url: 'https://huggingface.co/meta-llama/Llama-3.2-1B/blob/main/config.json',
  },
  'hf-llama-3.2-3b-config': {
    authors: 'Meta AI (Hugging Face Hub)', title: 'meta-llama/Llama-3.2-3B config.json', year: 2024, venue: 'config.json',
    url: 'https://huggingface.co/meta-llama/Llama-3.2-3B/blob/main/config.json',
  },
  'hf-mistral-7b-config': {
    authors: 'Mistral AI (Hugging Face Hub)', title: 'mistralai/Mistral-7B-v0.1 config.json', year: 2023, venue: 'config.json',
    url: 'https://huggingface.co/mistralai/Mistral-7B-v0.1/blob/main/config.json',
  },
  'hf-mixtral-8x7b-config': {
    authors: 'Mistral AI (Hugging Face Hub)', title: 'mistralai/Mixtral-8x7B-v0.1 config.json', year: 2023, venue: 'config.json',
    url: 'https://huggingface.co/mistralai/Mixtral-8x7B-v0.1/blob/main/config.json',
    section: 'verbatim copy also in mlc-ai/mlc-llm model_preset.py (Mixtral-8x7B-v0.1)',
  },
  'hf-opt-13b-config': {
    authors: 'Meta AI (Hugging Face Hub)', title: 'facebook/opt-13b config.json', year: 2022, venue: 'config.json',
    url: 'https://huggingface.co/facebook/opt-13b/blob/main/config.json',
  },
  'hf-opt-66b-config': {
    authors: 'Meta AI (Hugging Face Hub)', title: 'facebook/opt-66b config.json', year: 2022, venue: 'config.json',
    url: 'https://huggingface.co/facebook/opt-66b/blob/main/config.json',
  },
  'zhang-2022-opt': {
    authors: 'Zhang, S. et al.', title: 'OPT: Open Pre-trained Transformer Language Models', year: 2022,
    venue: 'arXiv:2205.01068', url: 'https://arxiv.org/abs/2205.01068',
    section: 'Table 1 (OPT-175B: 96 layers, 96 heads, d_model 12288); learned positions with offset 2 as in the HF OPTLearnedPositionalEmbedding',
  },
  'brown-2020-gpt3': {
    authors: 'Brown, T. B. et al.', title: 'Language Models are Few-Shot Learners', year: 2020,
    venue: 'NeurIPS 2020 (arXiv:2005.14165)', url: 'https://arxiv.org/abs/2005.14165',
    section: 'Table 2.1 (GPT-3 175B: n_layers 96, d_model 12288, n_heads 96, d_head 128, n_ctx 2048); GPT-2 BPE vocabulary of 50257',
  },
  'hf-tinyllama-1.1b-config': {
    authors: 'Zhang, P. et al. (TinyLlama, Hugging Face Hub)', title: 'TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T config.json', year: 2024,
    venue: 'config.json', url: 'https://huggingface.co/TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T/blob/main/config.json',
  },
  'hf-qwen2.5-0.5b-config': {
    authors: 'Qwen team (Hugging Face Hub)', title: 'Qwen/Qwen2.5-0.5B config.json', year: 2024, venue: 'config.json',
    url: 'https://huggingface.co/Qwen/Qwen2.5-0.5B/blob/main/config.json',
  },
  'hf-qwen2.5-1.5b-config': {
    authors: 'Qwen team (Hugging Face Hub)', title: 'Qwen/Qwen2.5-1.5B config.json', year: 2024, venue: 'config.json',
    url: 'https://huggingface.co/Qwen/Qwen2.5-1.5B/blob/main/config.json',
  },
  'keras-hub-presets': {
    authors: 'Keras team', title: 'keras-hub model presets (llama2_7b_en 6,738,415,616; llama3_8b_en 8,030,261,248; mixtral_8_7b_en 46,702,792,704 parameters)',
    year: 2024, venue: 'GitHub keras-team/keras-hub', url: 'https://github.com/keras-team/keras-hub',
    section: 'keras_hub/src/models/{llama,llama3,mixtral}/*_presets.py',
  },
  'meta-llama-ffn-sizing': {
    authors: 'Meta AI', title: 'Llama reference implementation, FeedForward hidden size rule (ffn_dim_multiplier, multiple_of)',
    year: 2024, venue: 'GitHub meta-llama/llama-models', url: 'https://github.com/meta-llama/llama-models',
    section: 'models/llama3/reference_impl/model.py FeedForward; models/sku_list.py arch_args',
  },
  'hf-transformers-modeling': {
    authors: 'Hugging Face', title: 'transformers: modeling_llama.py, modeling_opt.py, modeling_gpt2.py, modeling_mixtral.py, modeling_qwen2.py',
    year: 2024, venue: 'GitHub huggingface/transformers', url: 'https://github.com/huggingface/transformers',
    section: 'parameter layout: which linear layers carry biases, norm type, tied lm_head, OPT position offset 2',
  },
  'kaplan-2020-scaling': {
    authors: 'Kaplan, J. et al.', title: 'Scaling Laws for Neural Language Models', year: 2020,
    venue: 'arXiv:2001.08361', url: 'https://arxiv.org/abs/2001.08361',
    section: 'Table 1: forward pass ≈ 2N FLOPs per token, counting a multiply-add as 2 FLOPs',
  },
  'kipply-2022-arithmetic': {
    authors: 'kipply (Chen, C.)', title: 'Transformer Inference Arithmetic', year: 2022, venue: 'blog',
    url: 'https://kipp.ly/transformer-inference-arithmetic/',
    section: 'kv-cache, flops-counting and latency-calculations sections',
  },
  'feller-1968-occupancy': {
    authors: 'Feller, W.', title: 'An Introduction to Probability Theory and Its Applications, Vol. 1 (3rd ed.)', year: 1968,
    venue: 'Wiley', section: 'Ch. II and IV: occupancy problems (expected number of occupied cells)',
  },
  'fedus-2022-switch': {
    authors: 'Fedus, W., Zoph, B., Shazeer, N.', title: 'Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity',
    year: 2022, venue: 'JMLR 23(120)', url: 'https://arxiv.org/abs/2101.03961', section: 'Sec. 2: top-k routing; a router is a d × E linear layer',
  },
} as const satisfies Record<string, Source>;
