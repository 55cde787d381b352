// The signed-in runner's session log under load, for bench/cluster.sh: WORKERS loops each POST a session through the
// balancer with an Idempotency-Key of its own, until SIGTERM. A write that fails (connection error or not 2xx) is
// counted and sent again with the same key until it is acknowledged, as a client should; every fifth acknowledged
// write is sent again at once on purpose (it may reach the other instance) and must answer 200 with the same session.
// At the end it lists the runner's sessions and checks that every acknowledged one is there, once.
//
// Usage: node writer.cjs BASE TOKEN WORKERS      (prints key=value lines; lost and duplicates only if the
//                                                  sessions could be listed)
const [base, token, workers] = [process.argv[2], process.argv[3], Number(process.argv[4] ?? 4)];
const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
const run = Date.now().toString(36);
const acknowledged = new Map(); // key -> session id
const failures = [];            // "status key" of every failed attempt
const firstBodies = new Map();  // failed status -> the first answer's body, to say why
let replays = 0;
let replayMismatches = 0;
let slowestMs = 0;
let keys = 0;                   // distinct keys sent
let stopping = false;
let stoppedAt;
const stopped = new Promise(resolve => process.on('SIGTERM', () => {
    stopping = true;
    stoppedAt = Date.now();
    resolve();
}));

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

async function post(key, n) {
    const body = JSON.stringify({
        routine: 'ten-minute-mobility', context: 'BEFORE_RUN', durationSeconds: 600,
        startedAt: new Date(Date.parse('2026-11-01T06:00:00Z') - n * 1000).toISOString(),
    });
    const started = performance.now();
    try {
        const response = await fetch(`${base}/api/v1/me/sessions`, {
            method: 'POST', headers: { ...headers, 'Idempotency-Key': key }, body,
            signal: AbortSignal.timeout(60_000),
        });
        const text = await response.text();
        if (!response.ok && !firstBodies.has(response.status)) {
            firstBodies.set(response.status, text.slice(0, 300));
        }
        return { status: response.status, id: response.ok ? JSON.parse(text).id : undefined };
    } catch (error) {
        return { status: `error:${error.cause?.code ?? error.name}` };
    } finally {
        slowestMs = Math.max(slowestMs, performance.now() - started);
    }
}

/**
 * Sends one write until it is acknowledged; gives up on an answer that sending again cannot change (a 4xx other than
 * 401, 408 and 429) and 60 s after the load stopped.
 */
async function write(key, n) {
    const giveUp = status => (status >= 400 && status < 500 && ![401, 408, 429].includes(status))
        || (stopping && Date.now() - stoppedAt > 60_000);
    for (;;) {
        const result = await post(key, n);
        if (result.status === 200 || result.status === 201) {
            return result.id;
        }
        failures.push(`${result.status} ${key}`);
        if (giveUp(result.status)) {
            return undefined;
        }
        await sleep(250);
    }
}

async function worker(w) {
    for (let i = 0; !stopping; i++) {
        const key = `cluster-${run}-${w}-${i}`;
        const n = w * 1_000_000 + i;
        keys++;
        const id = await write(key, n);
        if (id === undefined) {
            continue;
        }
        acknowledged.set(key, id);
        if (i % 5 === 0) {
            replays++;
            const again = await write(key, n);
            if (again !== undefined && again !== id) {
                replayMismatches++;
            }
        }
        await sleep(50);
    }
}

async function listed() {
    const ids = [];
    for (let page = 0; ; page++) {
        const response = await fetch(`${base}/api/v1/me/sessions?size=100&page=${page}`, { headers });
        if (!response.ok) {
            throw new Error(`listing the sessions answered ${response.status}`);
        }
        const { items } = await response.json();
        ids.push(...items.map(item => item.id));
        if (items.length < 100) {
            return ids;
        }
    }
}

(async () => {
    const loops = Array.from({ length: workers }, (_, w) => worker(w));
    await stopped;
    await Promise.all(loops);
    console.log(`writes=${acknowledged.size}`);
    console.log(`replays=${replays}`);
    console.log(`replay_mismatches=${replayMismatches}`);
    console.log(`failed=${failures.length}`);
    console.log(`failed_statuses=${[...new Set(failures.map(f => f.split(' ')[0]))].join(',') || 'none'}`);
    console.log(`slowest_ms=${Math.round(slowestMs)}`);
    firstBodies.forEach((body, status) => console.log(`answer_${status}=${body.replace(/\s+/g, ' ')}`));
    const ids = await listed();
    const stored = new Set(ids);
    console.log(`lost=${[...acknowledged.values()].filter(id => !stored.has(id)).length}`);
    // At most one session per key sent: more stored than keys means a key sent again was logged twice.
    console.log(`stored=${ids.length}`);
    console.log(`duplicates=${Math.max(0, ids.length - keys)}`);
})().catch(error => console.log(`error=${error.message}`));
