/**
 * The current time, injected wherever a rule depends on it (an adoption's confirmation falling due),
 * so SQL gets the time as a parameter and tests can move it. Production uses the system clock; a
 * test constructs the app with its own Clock.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
