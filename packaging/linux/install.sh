#!/usr/bin/env bash
# Install the bundle built by `make package` for the current user (no administrator rights needed):
#   packaging/linux/install.sh            install into ~/.local (menu entry, icons, `coopdesk` command)
#   packaging/linux/install.sh --remove   remove it again (the user's data folder is never touched)
# PREFIX=/usr/local packaging/linux/install.sh (as root) installs it for every user of the PC.
set -euo pipefail

APP_ID=org.coopdesk.CoopDesk
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=${BUNDLE:-$root/build/dist/coopdesk}
prefix=${PREFIX:-$HOME/.local}
share=$prefix/share
program_dir=$prefix/lib/coopdesk

remove() {
    rm -rf "$program_dir"
    rm -f "$prefix/bin/coopdesk" "$share/applications/$APP_ID.desktop" "$share/metainfo/$APP_ID.metainfo.xml"
    find "$share/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
}

if [[ ${1:-} == --remove ]]; then
    remove
    echo "CoopDesk retiré de $prefix (vos données restent dans votre dossier de données)."
    exit 0
fi
if [[ ! -x $bundle/coopdesk ]]; then
    echo "Pas de programme dans $bundle : lancez d'abord « make package »." >&2
    exit 1
fi

remove
mkdir -p "$program_dir" "$prefix/bin" "$share/applications" "$share/metainfo"
cp -a "$bundle/." "$program_dir/"
ln -sf "$program_dir/coopdesk" "$prefix/bin/coopdesk"
sed "s|^Exec=coopdesk|Exec=$program_dir/coopdesk|" "$here/$APP_ID.desktop" >"$share/applications/$APP_ID.desktop"
cp "$here/$APP_ID.metainfo.xml" "$share/metainfo/"
for png in "$root"/resources/icons/hicolor/*/apps/coopdesk.png; do
    size_dir=$(basename "$(dirname "$(dirname "$png")")")
    mkdir -p "$share/icons/hicolor/$size_dir/apps"
    cp "$png" "$share/icons/hicolor/$size_dir/apps/$APP_ID.png"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
cp "$root/resources/icons/coopdesk.svg" "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "CoopDesk installé dans $program_dir ; il est dans le menu des applications (Bureautique)."
