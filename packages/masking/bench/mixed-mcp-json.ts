/**
 * Synthetic "mixed MCP JSON": the frames a gateway sees (tool calls, tool results with
 * clinical-looking text, resource lists, progress notifications), with PHI-shaped values
 * in a minority of strings. All identifiers are fictional.
 */

function toolCall(i: number): unknown {
  return {
    jsonrpc: '2.0',
    id: i,
    method: 'tools/call',
    params: {
      name: 'lookup_patient',
      arguments: { mrn: `MRN-${100000 + i}`, include: ['allergies', 'meds'] },
    },
  };
}

function toolResult(i: number): unknown {
  const note =
    `Patient seen on 2024-03-${String((i % 28) + 1).padStart(2, '0')} for follow-up. ` +
    'Vitals stable, BP 120/80, HR 72. Continue current medication and recheck in 6 weeks. ' +
    (i % 3 === 0 ? `Contact: pat${i}@example.com or (555) 010-${String(1000 + (i % 9000))}. ` : '') +
    (i % 5 === 0 ? `SSN on file 900-${String(10 + (i % 89))}-${String(1000 + i).slice(-4)}. ` : '') +
    'Lab panel within normal limits; no acute findings. '.repeat(4);
  return {
    jsonrpc: '2.0',
    id: i,
    result: {
      content: [{ type: 'text', text: note }],
      structuredContent: {
        patient: {
          id: `p-${i}`,
          name: 'Test Patient',
          phone: i % 2 ? '5550101234' : null,
          age: 40 + (i % 30),
        },
        encounters: Array.from({ length: 5 }, (_, k) => ({
          id: 1_700_000_000 + i * 10 + k,
          code: 'Z00.00',
          ok: true,
        })),
      },
      isError: false,
    },
  };
}

function resourceList(i: number): unknown {
  return {
    jsonrpc: '2.0',
    id: i,
    result: {
      resources: Array.from({ length: 20 }, (_, k) => ({
        uri: `ehr://records/${i}/${k}`,
        name: `record-${k}.json`,
        mimeType: 'application/json',
        size: 1024 * k,
      })),
    },
  };
}

function progress(i: number): unknown {
  return {
    jsonrpc: '2.0',
    method: 'notifications/progress',
    params: { progressToken: `t-${i}`, progress: i, total: 100 },
  };
}

export function mixedMcpFrames(count: number): string[] {
  const makers = [toolCall, toolResult, resourceList, progress, toolResult];
  return Array.from({ length: count }, (_, i) =>
    JSON.stringify((makers[i % makers.length] as (n: number) => unknown)(i)),
  );
}
