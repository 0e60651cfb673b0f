/**
 * Fields outside the payload that a client (or an upstream server) chooses, per event type:
 * the catalogue lives with the event model, which the gateway's sealing uses too.
 */
export {
  CLIENT_BODY_FIELDS,
  CLIENT_ENVELOPE_FIELDS,
  clientFieldsOf,
  noClientFields,
  quarantinedClientFields,
  withClientFields,
} from '@proctor/events';
