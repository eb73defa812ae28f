import { makeGaugeProvider } from '@willsoto/nestjs-prometheus';

export const CHAT_EVENT_STREAMS_METRIC = 'chat_event_streams';

export const chatEventStreamsGauge = makeGaugeProvider({
  name: CHAT_EVENT_STREAMS_METRIC,
  help: 'Live chat event streams (server-sent events) open on this instance',
});
