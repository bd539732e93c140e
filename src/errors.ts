/**
 * An error whose message is written for the journalist: it is shown in Slack as it is.
 * Anything else that goes wrong is reported with a generic message and logged.
 */
export class NewsroomError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NewsroomError';
  }
}

/** A use-case the engine cannot do at all (translation with no model): the message says what to do. */
export class EngineCannotError extends NewsroomError {
  constructor(message: string) {
    super(message);
    this.name = 'EngineCannotError';
  }
}
