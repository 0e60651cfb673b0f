export { type DemoEhr, type DemoEhrOptions, startDemoEhr } from './demo-ehr';
export { createEhrMcpServer, type EhrServerOptions } from './ehr-server';
export { benchmarkText, MAX_BENCHMARK_BYTES } from './ehr-tools';
export { MemoryEventStore } from './memory-event-store';
export { DEMO_APPOINTMENTS, DEMO_PATIENTS, type DemoAppointment, type DemoPatient } from './patients';
