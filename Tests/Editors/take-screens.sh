#!/usr/bin/env bash
# Neovim in a real terminal (tmux), with the shipped editors/neovim/dossier.lua installed as a
# user installs it (~/.config/nvim/plugin/), in each Neovim installed: it opens
# Tests/Editors/report.md, waits for the warning sign by the misquotation, presses K on
# "Southern Kurils" (a bordered card of at most 80 columns that names the Northern
# Territories) and CTRL-] (it must land in a seeds/ file). Each wait has a time limit.
#
# The screens are kept as text in .build/editor-tests/screen-NEOVIM-{hover,definition}.txt.
# With --png DIR, the newest Neovim's are also drawn as DIR/neovim-{hover,definition}.png
# by ImageMagick (/usr/bin/convert; apt-get install imagemagick fonts-dejavu-core), the
# cursor's cell marked: the pictures in README.md ("In your editor"), taken again by
#   Tests/Editors/take-screens.sh --png docs/screens
set -euo pipefail
# UTF-8 whatever the caller's locale: tmux draws the screen and grep reads it in it.
export LC_ALL=C.UTF-8
source "$(dirname "$0")/find-dossier.sh"
source "$(dirname "$0")/find-editors.sh"
png_dir=""
if [[ "${1:-}" == "--png" ]]; then
  png_dir=$(realpath -m "${2:?--png needs a folder}")
  [[ -x /usr/bin/convert && -f /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf ]] \
    || { echo "--png needs ImageMagick and DejaVu: apt-get install imagemagick fonts-dejavu-core" >&2; exit 1; }
  mkdir -p "$png_dir"
fi
command -v tmux >/dev/null || { echo "tmux is not installed (Tests/Editors/install-editors.sh)" >&2; exit 1; }
mapfile -t nvims < <(find_nvims)
(( ${#nvims[@]} > 0 )) || { echo "no Neovim 0.7+ installed (Tests/Editors/install-editors.sh)" >&2; exit 1; }

work=$(mktemp -d)
socket="" # a tmux server of its own for each run, whatever else runs
columns=100
rows=32
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work" "$bin_dir"' EXIT

tmux_() { tmux -L "$socket" "$@"; }
screen() { tmux_ capture-pane -p -t screens; }
keys() { tmux_ send-keys -t screens "$@"; }

wait_screen() { # STEP SECONDS PATTERN: until a line of the screen matches PATTERN (grep -E)
  local deadline=$((SECONDS + $2))
  until screen | grep -Eq -- "$3"; do
    if (( SECONDS >= deadline )); then
      echo "FAIL: $1 (nothing on the screen matches /$3/ after $2 s); the screen:" >&2
      screen | sed 's/^/    | /' >&2
      return 1
    fi
    sleep 0.2
  done
}

keep() { # NAME: the screen as text, and where the cursor is ("COLUMN ROW", from 0)
  screen > "$capture_dir/screen-$1.txt"
  tmux_ display-message -p -t screens '#{cursor_x} #{cursor_y}' > "$capture_dir/screen-$1.cursor"
}

draw() { # NAME PNG: the kept screen in DejaVu Sans Mono, light on dark, the cursor's cell lit
  local cursor_x cursor_y width height line
  local -a labels=()
  # A label a row (ImageMagick's text has a length limit), each padded to the full width so
  # every cell has the same size; % and \ and a leading @ would be read as escapes.
  while IFS= read -r line; do
    # Ends in a no-break space: ImageMagick fails a label of spaces alone.
    line=$(python3 -c 'import sys; print(sys.argv[1].ljust(int(sys.argv[2]) - 1) + "\u00a0")' \
      "$line" "$columns")
    line=${line//\\/\\\\}
    line=${line//%/%%}
    if [[ "$line" == @* ]]; then line="\\$line"; fi
    labels+=("label:$line")
  done < "$capture_dir/screen-$1.txt"
  read -r cursor_x cursor_y < "$capture_dir/screen-$1.cursor"
  /usr/bin/convert -background '#1d1f21' -fill '#c5c8c6' \
    -font /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf -pointsize 15 \
    "${labels[@]}" -append "$work/plain.png"
  read -r width height < <(/usr/bin/identify -format '%w %h\n' "$work/plain.png")
  /usr/bin/convert "$work/plain.png" -fill '#f0c67480' -draw "rectangle $(awk \
    -v x="$cursor_x" -v y="$cursor_y" -v w="$width" -v h="$height" -v c="$columns" -v r="$rows" \
    'BEGIN { printf "%d,%d %d,%d", x * w / c, y * h / r, (x + 1) * w / c - 1, (y + 1) * h / r - 1 }')" \
    -bordercolor '#1d1f21' -border 12 -depth 8 -colors 32 "$2"
}

failed=0
runs=0
for nvim in "${nvims[@]}"; do
  version=$(nvim_version "$nvim")
  runs=$((runs + 1))
  socket="dossier-screens-$$-$runs"
  ok=1
  echo "== screens of $("$nvim" --version | head -1) at $nvim, ${columns}x$rows"
  home="$work/$version"
  mkdir -p "$home/config/nvim/plugin" "$home/notes"
  cp "$repo/editors/neovim/dossier.lua" "$home/config/nvim/plugin/dossier.lua"
  cp "$repo/Tests/Editors/report.md" "$home/notes/report.md"
  tmux_ new-session -d -s screens -x "$columns" -y "$rows" \
    "cd '$home/notes' && exec env PATH='$PATH' XDG_CONFIG_HOME='$home/config' \
       XDG_DATA_HOME='$home/data' XDG_STATE_HOME='$home/state' XDG_CACHE_HOME='$home/cache' \
       '$nvim' -n report.md"
  if wait_screen "the report opens, the misquotation marked (W) once Dossier has checked it" \
       30 '^W .*mutually beneficial' &&
     keys '/Southern Kurils' Enter C-l 'lll' K &&
     wait_screen "K shows the card, which names the Northern Territories" 10 \
       '│.*Northern Territories' &&
     wait_screen "the card has a border" 1 '╭─+╮'; then
    border=$(screen | grep -Eo '╭─+╮' | head -1)
    if (( ${#border} > 82 )); then
      echo "FAIL: the card is at most 80 columns wide: ${#border} with its border" >&2
      ok=0
    fi
    keep "$version-hover"
    # The card closes as the cursor moves; CTRL-] then goes to source, as tags do.
    if keys 'l' 'h' C-] &&
       wait_screen "CTRL-] lands in a seeds/ file" 10 'seeds/[^ ]+\.txt'; then
      keep "$version-definition"
      if [[ -n "$png_dir" && "$nvim" == "${nvims[0]}" ]]; then
        draw "$version-hover" "$png_dir/neovim-hover.png"
        draw "$version-definition" "$png_dir/neovim-definition.png"
        echo "drew $png_dir/neovim-hover.png and neovim-definition.png"
      fi
      (( ok )) && echo "ok: kept screen-$version-hover.txt and screen-$version-definition.txt in $capture_dir"
    else
      ok=0
    fi
  else
    ok=0
  fi
  (( ok )) || failed=$((failed + 1))
  keys Escape ':qa!' Enter 2>/dev/null || true
  for _ in $(seq 50); do tmux_ has-session -t screens 2>/dev/null || break; sleep 0.1; done
  tmux_ kill-server 2>/dev/null || true
done
echo "neovim screens: $((runs - failed)) passed, $failed failed"
exit $(( failed > 0 ))
