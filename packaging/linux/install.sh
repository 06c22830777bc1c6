#!/bin/sh
# Install the unpacked GiftDesk bundle for this user (or, run as root, for everyone):
# the program stays in this folder; a `giftdesk` link, the menu entry and the icon are added.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" -eq 0 ]; then prefix=/usr/local; else prefix="$HOME/.local"; fi
mkdir -p "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo" \
  "$prefix/share/icons/hicolor/256x256/apps"
ln -sf "$here/giftdesk" "$prefix/bin/giftdesk"
sed "s|^Exec=giftdesk|Exec=$here/giftdesk|" "$here/share/applications/giftdesk.desktop" \
  > "$prefix/share/applications/giftdesk.desktop"
cp "$here/share/metainfo/org.giftdesk.GiftDesk.metainfo.xml" "$prefix/share/metainfo/"
cp "$here/share/icons/hicolor/256x256/apps/giftdesk.png" "$prefix/share/icons/hicolor/256x256/apps/"
echo "GiftDesk installed: run 'giftdesk' or find it in the applications menu."
