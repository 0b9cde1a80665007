# Installs the Debian packages Paceline needs to build, test and run; installs only what is
# missing, so a second run does nothing. Sourced by scripts/run-app and scripts/test.
PACELINE_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config lld
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev libgl-dev
  libqcustomplot-dev libsqlite3-dev libpoppler-qt6-dev
  libbenchmark-dev poppler-utils fonts-dejavu-core
  wv help2man
  libxml2-utils
  libpq-dev postgresql
  libzip-dev pandoc
)

paceline_install_deps() {
  local missing=()
  local p
  for p in "${PACELINE_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

