// The statutory clock of 《信访工作条例》 (in force 2022-05-01): which deadlines a case has, when
// each falls due, and whether it was met. Pure: every function takes the facts and an instant.
//
// One import for the whole clock, by topic: the rules and the facts it reads (clock-rules.ts), due
// dates (clock-due-dates.ts), a case's deadlines and their states (clock-deadlines.ts), and the
// guards the steps check (clock-guards.ts).

export * from './clock-rules.js';
export * from './clock-due-dates.js';
export * from './clock-deadlines.js';
export * from './clock-guards.js';
