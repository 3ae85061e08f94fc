import { Logger } from '@nestjs/common';
import { Kafka, logLevel, type LogEntry } from 'kafkajs';

/**
 * Consumer group timings. Kafka's defaults (30 s session, 60 s rebalance) mean a restarted
 * consumer waits half a minute for its dead predecessor to be evicted; these let it resume within
 * seconds. The session timeout stays above the broker's group.min.session.timeout.ms (6 s).
 */
export const CONSUMER_TIMINGS = {
  sessionTimeout: 6000,
  rebalanceTimeout: 6000,
  heartbeatInterval: 1000,
  // A stopping consumer waits for its long poll to return; kafkajs's 5 s default made every
  // shutdown take 4-5 s. Messages still arrive at once (the broker answers as soon as one is there).
  maxWaitTimeInMs: 1000,
} as const;

/** The same kafkajs complaint (e.g. a refused connection while the broker is down) once per window. */
const REPEAT_WINDOW_MS = 30000;

/**
 * Routes kafkajs's own logs into the service's JSON logger. kafkajs logs every failed connection
 * attempt as an error; while a broker is down that is several lines a second, so identical
 * messages are logged once per window, as warnings (readiness says the rest).
 */
function logCreator(): (entry: LogEntry) => void {
  const logger = new Logger('kafkajs');
  const lastSeen = new Map<string, number>();
  return ({ level, log }) => {
    const { message } = log;
    const now = Date.now();
    if (now - (lastSeen.get(message) ?? 0) < REPEAT_WINDOW_MS) return;
    lastSeen.set(message, now);
    if (level === logLevel.ERROR || level === logLevel.WARN) logger.warn(message);
    else logger.debug?.(message);
  };
}

/** A kafkajs client for one service. */
export function createKafka(clientId: string, brokers: readonly string[]): Kafka {
  return new Kafka({
    clientId,
    brokers: [...brokers],
    logLevel: logLevel.WARN,
    logCreator,
    connectionTimeout: 3000,
    requestTimeout: 10000,
    retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5000 },
  });
}
