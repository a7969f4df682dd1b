/** The capture gateway behind `llm-classify proxy`: a reverse proxy in front of PostHog that labels LLM events as they pass. */
export { startCaptureGateway, type CaptureGateway } from './capture-gateway';
export { type CaptureGatewayOptions, GATEWAY_OPTIONS } from './gateway-options';
