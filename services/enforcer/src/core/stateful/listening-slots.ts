import { CountedSlots } from '../counted-slots';

/**
 * The GET (listening) streams each stateful session holds open at its upstream. The protocol
 * expects one, and the SDK's servers refuse a second, but a lenient upstream would let one
 * client open them without end: past `max` at once, another is refused with 429/-31013 until
 * one ends (its upstream stream closed, or let go once its client left and did not resume).
 * `take(sessionId)` takes a slot and returns the function that gives it back.
 */
export class ListeningSlots extends CountedSlots {
  constructor(max: number) {
    super(max, (most) => `Too many open GET streams in this session (at most ${most}): close one first`);
  }
}
