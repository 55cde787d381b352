// A client generated from Limber's OpenAPI document (openapi-typescript + openapi-fetch), used as a third party
// would: a runner registers, signs in, reads a drill and logs a session; an editor drafts, edits and submits a drill,
// an admin publishes it and anyone reads it. Usage: node client-journey.mjs <base URL>; exits 1 on the first failure.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

type DrillDraft = components["schemas"]["DraftBodyDrillContent"];

const baseUrl = process.argv[2];
if (!baseUrl) {
    throw new Error("usage: node client-journey.mjs <base URL of Limber>");
}
// The packaged-app tests trust X-Forwarded-For: an address of our own keeps other tests' throttles away from us.
const address = `198.18.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;
const demoPassword = "limber-demo";

function check(condition: unknown, message: string): asserts condition {
    if (!condition) {
        throw new Error(message);
    }
}

function expectStatus(step: string, response: Response, status: number, error?: unknown): void {
    check(response.status === status,
        `${step}: expected HTTP ${status}, got ${response.status} ${JSON.stringify(error ?? null)}`);
}

function etag(step: string, response: Response): string {
    const value = response.headers.get("ETag");
    check(value, `${step}: no ETag header`);
    return value;
}

function api(accessToken?: string) {
    const headers: Record<string, string> = { "X-Forwarded-For": address };
    if (accessToken) {
        headers["Authorization"] = `Bearer ${accessToken}`;
    }
    return createClient<paths>({ baseUrl, headers });
}

/** Password hashing answers 503 + Retry-After when busy: send the same request again, as the document says. */
async function patiently<T extends { response: Response }>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
        const result = await call();
        if (result.response.status !== 503 || attempt === 10) {
            return result;
        }
        const seconds = Number(result.response.headers.get("Retry-After") ?? "1");
        await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    }
}

async function signIn(email: string, password: string): Promise<string> {
    const step = `sign in as ${email}`;
    const { data, error, response } = await patiently(() =>
        api().POST("/api/v1/auth/token", { body: { email, password } }));
    expectStatus(step, response, 200, error);
    check(data, `${step}: no body`);
    check(data.tokenType === "Bearer", `${step}: token type ${data.tokenType}`);
    check(data.accessToken.length > 0 && data.refreshToken.length > 0, `${step}: empty tokens`);
    return data.accessToken;
}

async function runnerJourney(): Promise<void> {
    const email = `client-${crypto.randomUUID().slice(0, 13)}@test.limber.run`;
    const password = "a passphrase only the client test uses";
    const registered = await patiently(() => api().POST("/api/v1/auth/register",
        { body: { email, password, displayName: "Generated Client" } }));
    expectStatus("register", registered.response, 201, registered.error);
    check(registered.data, "register: no body");
    check(registered.data.email === email, `register: email ${registered.data.email}`);
    check(registered.data.roles.includes("RUNNER"), `register: roles ${registered.data.roles.join()}`);

    const runner = api(await signIn(email, password));

    const slug = "straight-leg-ankle-matrix";
    const drill = await runner.GET("/api/v1/drills/{slug}", { params: { path: { slug } } });
    expectStatus("read a drill", drill.response, 200, drill.error);
    check(drill.data, "read a drill: no body");
    check(drill.data.slug === slug, `read a drill: slug ${drill.data.slug}`);
    check(drill.data.name.length > 0 && drill.data.steps.length > 0, "read a drill: no name or no steps");
    check(drill.data.prescription.label.length > 0, "read a drill: no prescription label");

    const startedAt = new Date(Date.now() - 15 * 60_000).toISOString().replace(/\.\d+Z$/, "Z");
    const logged = await runner.POST("/api/v1/me/sessions", {
        params: { header: { "Idempotency-Key": crypto.randomUUID() } },
        body: {
            routine: "ten-minute-mobility", context: "BEFORE_RUN", startedAt, durationSeconds: 600, pain: false,
            completedSets: [{ drill: slug, side: "LEFT", angle: "STRAIGHT" }],
            ratings: [{ drill: slug, side: "LEFT", ease: 4 }],
        },
    });
    expectStatus("log a session", logged.response, 201, logged.error);
    check(logged.data, "log a session: no body");
    const sessionId = logged.data.id;
    check(sessionId, "log a session: no id");
    check(logged.data.routine === "ten-minute-mobility", `log a session: routine ${logged.data.routine}`);
    check(logged.data.startedAt === startedAt, `log a session: startedAt ${logged.data.startedAt}`);

    const mine = await runner.GET("/api/v1/me/sessions", { params: { query: { size: 100 } } });
    expectStatus("list my sessions", mine.response, 200, mine.error);
    check(mine.data, "list my sessions: no body");
    const listed = mine.data.items.find((session) => session.id === sessionId);
    check(listed, `list my sessions: ${sessionId} is missing`);
    check(listed.completedSets?.[0]?.angle === "STRAIGHT", "list my sessions: the completed set is not as logged");
    console.log(`runner ${email}: registered, signed in, read ${slug}, logged and listed session ${sessionId}`);
}

async function editorialJourney(): Promise<void> {
    const editor = api(await signIn("editor@demo.limber.run", demoPassword));
    const admin = api(await signIn("admin@demo.limber.run", demoPassword));
    const slug = `client-calf-raises-${crypto.randomUUID().slice(0, 8)}`;
    const draft: DrillDraft = {
        slug, name: "Calf raises", focus: "calf strength", targetAreas: ["CALF"], timings: ["BEFORE_RUN"],
        whyItMatters: "Strong calves take the load off the Achilles tendon.", setup: "Stand on a step.",
        steps: ["Rise onto the toes", "Hold", "Lower slowly"], feel: "Work in the calves",
        tips: [{ kind: "PRO_TIP", text: "Keep the knees straight" }],
        prescription: {
            reps: { min: 8, max: 12 }, sides: ["LEFT", "RIGHT"], sideUnit: "LEG", alternateSides: false,
            angles: [], directions: [], secondsPerRep: 3,
        },
    };

    const created = await editor.POST("/api/v1/admin/drills", { body: draft });
    expectStatus("create a draft", created.response, 201, created.error);
    check(created.data, "create a draft: no body");
    check(created.data.status === "DRAFT" && created.data.slug === slug, `create a draft: ${created.data.status}`);

    const edited = await editor.PUT("/api/v1/admin/drills/{slug}", {
        params: { path: { slug }, header: { "If-Match": etag("create a draft", created.response) } },
        body: { ...draft, name: "Single-leg calf raises", changeSummary: "One leg at a time" },
    });
    expectStatus("edit the draft", edited.response, 200, edited.error);
    check(edited.data, "edit the draft: no body");
    check(edited.data.name === "Single-leg calf raises", `edit the draft: name ${edited.data.name}`);

    const unpublished = await api().GET("/api/v1/drills/{slug}", { params: { path: { slug } } });
    expectStatus("read a draft publicly", unpublished.response, 404, unpublished.error);
    check(unpublished.error?.status === 404, "read a draft publicly: the problem does not say 404");

    const submitted = await editor.POST("/api/v1/admin/drills/{slug}/submit", {
        params: { path: { slug }, header: { "If-Match": etag("edit the draft", edited.response) } },
    });
    expectStatus("submit for review", submitted.response, 200, submitted.error);
    check(submitted.data?.status === "IN_REVIEW", `submit for review: ${submitted.data?.status}`);

    const published = await admin.POST("/api/v1/admin/drills/{slug}/publish", {
        params: { path: { slug }, header: { "If-Match": etag("submit for review", submitted.response) } },
    });
    expectStatus("approve and publish", published.response, 200, published.error);
    check(published.data, "approve and publish: no body");
    check(published.data.status === "PUBLISHED", `approve and publish: ${published.data.status}`);
    check(published.data.publishedRevision === 1, `approve and publish: revision ${published.data.publishedRevision}`);

    const read = await api().GET("/api/v1/drills/{slug}", { params: { path: { slug } } });
    expectStatus("read the published drill", read.response, 200, read.error);
    check(read.data, "read the published drill: no body");
    check(read.data.name === "Single-leg calf raises", `read the published drill: name ${read.data.name}`);
    check(read.data.revision === 1, `read the published drill: revision ${read.data.revision}`);
    console.log(`drill ${slug}: drafted and edited by the editor, published by the admin, read by anyone`);
}

await runnerJourney();
await editorialJourney();
