import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, type BaseMessage, HumanMessage, SystemMessage, type ToolMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { RunnableLambda } from '@langchain/core/runnables';
import { tool } from '@langchain/core/tools';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { SAID } from '../conversation-texts';
import { LangChainCallbackHandler } from '../posthog-ai-wrappers';
import type { ProducerScenarios, ScenarioContext } from '../scenario';

// LangChain's own test chat model (and a scripted one for tool calls) stand in for a provider: what the
// handler records is the same for any chat model.

/** Answers with the given messages in order. */
class ScriptedChatModel extends BaseChatModel {
  constructor(private readonly replies: AIMessage[]) {
    super({});
  }

  _llmType(): string {
    return 'scripted';
  }

  async _generate(): Promise<ChatResult> {
    const message = this.replies.shift();
    if (message === undefined) throw new Error('ScriptedChatModel: no reply left');
    return { generations: [{ text: message.text, message }] };
  }
}

const handler = ({ posthog }: ScenarioContext, privacyMode = false) => new LangChainCallbackHandler({ client: posthog, distinctId: 'user-1', privacyMode });
const toolCall = { id: 'call_weather_1', name: 'get_weather', args: JSON.parse(SAID.toolArguments) as Record<string, unknown>, type: 'tool_call' as const };
const getWeather = tool(async () => SAID.toolOutput, { name: 'get_weather', description: 'Weather for a city' });

/** A LangGraph-style agent: a state of messages in, the model, the tool, the model again, the grown state out. */
function agentLoop(model: ScriptedChatModel) {
  return RunnableLambda.from(async (state: { messages: BaseMessage[] }, config) => {
    const call = await model.invoke(state.messages, config);
    const toolMessage = (await getWeather.invoke({ ...toolCall }, config)) as ToolMessage;
    const answer = await model.invoke([...state.messages, call, toolMessage], config);
    return { messages: [...state.messages, call, toolMessage, answer] };
  }).withConfig({ runName: 'agent' });
}

export const langChainScenarios: ProducerScenarios = {
  producer: 'posthog-ai-langchain',
  description: '@posthog/ai LangChain callback handler (@langchain/core)',
  packages: ['@posthog/ai', 'posthog-node', '@langchain/core'],
  scenarios: [
    {
      name: 'chat model called directly',
      replies: [],
      run: async (context) => void (await new FakeListChatModel({ responses: [SAID.assistant] }).invoke([new SystemMessage(SAID.system), new HumanMessage(SAID.user)], { callbacks: [handler(context)] })),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }],
    },
    {
      // The prompt template is a span; the sequence is the trace, its input the template's one variable.
      name: 'prompt template piped into a chat model',
      replies: [],
      run: async (context) => {
        const prompt = ChatPromptTemplate.fromMessages([['system', SAID.system], ['human', '{question}']]);
        await prompt.pipe(new FakeListChatModel({ responses: [SAID.assistant] })).invoke({ question: SAID.user }, { callbacks: [handler(context)] });
      },
      expected: [{ event: '$ai_span' }, { event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }, { event: '$ai_trace', userText: SAID.user, agentText: SAID.assistant }],
    },
    {
      name: 'agent loop: tool call, tool span, the answer after the tool message',
      replies: [],
      run: async (context) => {
        const model = new ScriptedChatModel([new AIMessage({ content: '', tool_calls: [toolCall] }), new AIMessage(SAID.assistant)]);
        await agentLoop(model).invoke({ messages: [new SystemMessage(SAID.system), new HumanMessage(SAID.user)] }, { callbacks: [handler(context)] });
      },
      expected: [
        { event: '$ai_generation', userText: SAID.user },
        { event: '$ai_span' },
        { event: '$ai_generation', agentText: SAID.assistant },
        { event: '$ai_trace', userText: SAID.user, agentText: SAID.assistant },
      ],
    },
    {
      name: 'privacy mode',
      replies: [],
      run: async (context) => void (await new FakeListChatModel({ responses: [SAID.assistant] }).invoke([new HumanMessage(SAID.user)], { callbacks: [handler(context, true)] })),
      expected: [{ event: '$ai_generation' }],
    },
  ],
};
