#!/bin/sh
# Renders the home-screen icons from the one SVG source, icons/limber.svg, with headless Chromium (no image library
# needed): 192 and 512 px rounded squares (purpose "any"), a 512 px full-bleed maskable icon (the mark already sits in
# the safe zone) and the 180 px apple-touch-icon (full-bleed: iOS rounds the corners itself). The PNGs are committed;
# run this again only after changing the SVG. Needs /usr/bin/chromium (Debian: apt-get install -y chromium).
set -eu
cd "$(dirname "$0")/../web-ui/src/main/resources/META-INF/resources/icons"
chromium=${CHROMIUM:-/usr/bin/chromium}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# render SIZE RADIUS OUT: the SVG at SIZE x SIZE px, its corners rounded by RADIUS (a CSS length), on transparency.
render() {
    cat > "$work/page.html" <<HTML
<!doctype html><style>html,body{margin:0;background:transparent}
img{display:block;width:$1px;height:$1px;border-radius:$2}</style><img src="file://$PWD/limber.svg">
HTML
    "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --default-background-color=00000000 --user-data-dir="$work/profile" \
        --window-size="$1,$1" --screenshot="$PWD/$3" "file://$work/page.html" 2>/dev/null
    echo "$3: $1 x $1"
}

render 192 18.75% limber-192.png
render 512 18.75% limber-512.png
render 512 0 limber-maskable-512.png
render 180 0 apple-touch-icon.png
