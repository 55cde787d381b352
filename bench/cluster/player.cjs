// The player step of bench/cluster.sh, in Debian's Chromium through the balancer: a runner signs in, plays the
// post-run cooldown to set 2 with 4 reps counted, and writes which instance served it (the balancer's SRV cookie) to
// DIR/served-by. The script stops that instance and creates DIR/stopped; the page then reloads, must land on the
// other instance still signed in, at the same drill, set and count, and must go on counting there.
//
// Usage: NODE_PATH=<dir with playwright-core> node player.cjs BASE EMAIL PASSWORD DIR
//        (prints key=value lines; exits 1 when a check fails)
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const [base, email, password, dir] = process.argv.slice(2);
const PLAY = `${base}/routines/post-run-cooldown/play?context=after_run`;
const REPS = 10;

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const exactly = (page, text) => page.getByText(text, { exact: true });

/** The counter once it shows this many reps (its label says so: "Count a rep: 4 of 10 reps"). */
const counterAt = (page, reps) => page.locator(`vaadin-button.player-counter[aria-label^="Count a rep: ${reps} of"]`);

async function countTo(page, reps) {
    for (let rep = 1; rep <= reps; rep++) {
        await page.keyboard.press('Space');
        await counterAt(page, rep).waitFor();
    }
}

/** Where the player stands, as the runner sees it. */
async function position(page) {
    return {
        drill: (await page.locator('h1.player-drill').textContent()).trim(),
        set: (await page.locator('.player-kind').textContent()).trim(),
        count: (await page.locator('vaadin-button.player-counter').textContent()).trim(),
    };
}

async function servedBy(context) {
    return (await context.cookies(base)).find(cookie => cookie.name === 'SRV')?.value;
}

async function waitForFile(file, seconds) {
    for (let i = 0; i < seconds * 10 && !fs.existsSync(file); i++) {
        await sleep(100);
    }
    if (!fs.existsSync(file)) {
        throw new Error(`${file} did not appear within ${seconds} s`);
    }
}

(async () => {
    // Without these Chromium keeps calling home, which this machine's closed network refuses (as in BrowserTest).
    const browser = await chromium.launch({
        executablePath: '/usr/bin/chromium', headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
            '--disable-sync', '--no-first-run'],
    });
    let ok = false;
    let page;
    try {
        // A phone, as the runner holds it in the player (and as PlayerBrowserTest plays).
        const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
        page = await context.newPage();
        page.setDefaultTimeout(30_000);

        await page.goto(PLAY);
        await page.waitForURL('**/login?continue=**');
        await page.getByLabel('Email').fill(email);
        await page.getByLabel('Password', { exact: true }).fill(password);
        await page.getByRole('button', { name: 'Sign in', exact: true }).click();
        await page.waitForURL('**/routines/post-run-cooldown/play?context=after_run');
        await page.getByRole('button', { name: 'Start' }).tap();
        await page.locator('h1.player-drill', { hasText: 'Hip Switches' }).waitFor();
        await countTo(page, REPS);
        await page.keyboard.press('Space');
        await exactly(page, 'Next drill').waitFor();
        await page.keyboard.press('Space');
        await page.locator('.player-kind', { hasText: 'Set 2 of 3' }).waitFor();
        await countTo(page, 4);

        const before = await position(page);
        const first = await servedBy(context);
        console.log(`before=${JSON.stringify(before)}`);
        console.log(`served_by=${first}`);
        fs.writeFileSync(path.join(dir, 'served-by'), `${first}\n`);

        await waitForFile(path.join(dir, 'stopped'), 120);
        const reloaded = performance.now();
        await page.reload();
        // The first response shows the player as the server rendered it; its buttons answer once the client has
        // taken the page over and removed that copy.
        await page.locator('#first-screen').waitFor({ state: 'detached' });
        await page.locator('vaadin-button.player-counter').waitFor();
        console.log(`reload_ms=${Math.round(performance.now() - reloaded)}`);
        const after = await position(page);
        const second = await servedBy(context);
        const signedIn = new URL(page.url()).pathname.endsWith('/play');
        console.log(`after=${JSON.stringify(after)}`);
        console.log(`served_after=${second}`);
        console.log(`signed_in=${signedIn}`);

        // Still playing, not a picture of it: the next rep counts on the new instance.
        await page.keyboard.press('Space');
        await counterAt(page, Number(before.count) + 1).waitFor();
        console.log(`counts_on=true`);
        ok = signedIn && second !== first && JSON.stringify(after) === JSON.stringify(before);
    } catch (error) {
        console.log(`error=${String(error.message).split('\n')[0]} at ${page?.url()}`);
        await page?.screenshot({ path: path.join(dir, 'player-error.png') }).catch(() => {});
    } finally {
        await browser.close();
    }
    console.log(`resumed=${ok}`);
    process.exit(ok ? 0 : 1);
})();
