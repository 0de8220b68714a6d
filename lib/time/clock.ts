/** The current time as a dependency, so visibility rules can be tested without sleeping. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
