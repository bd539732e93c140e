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

/**
 * The model failed on a task only the model can do (translation), a model being configured: the
 * message says so, and, unlike a request kept offline, it is worth trying again.
 */
export class ModelFailedError extends EngineCannotError {
  constructor(message: string) {
    super(message);
    this.name = 'ModelFailedError';
  }
}
