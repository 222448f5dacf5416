# Sourced by bench.sh and bench-code.sh: publish_generator ROOT BIN LOG publishes the generator in
# Release for this machine's runtime into BIN, the way the benchmarks time it.
#
# For linux-x64 that is a Native AOT executable (src/TwitchSite/TwitchSite.csproj says why), which
# clang links. Debian's clang package installs `clang`; where only a versioned compiler is
# installed (clang-14 and the like, as on this project's machines) it is named to the SDK. Without
# any clang the ReadyToRun build is published instead, and the benchmark says so.
#
# Restore for the publish writes its lock files into each project's obj/ folder, not over the
# repository's packages.lock.json: publishing ahead of time adds the SDK's own compiler packages
# (Microsoft.DotNet.ILCompiler, picked by the SDK) to the restore, and a benchmark must not
# rewrite the repository's lock files. The versions are the central ones of
# Directory.Packages.props all the same.
publish_generator() {
  local root=$1 bin=$2 log=$3 rid cc
  rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
  local args=(-c Release -r "$rid" -o "$bin" -nologo -v quiet -p:NuGetLockFilePath=obj/publish.packages.lock.json)
  if command -v clang >/dev/null; then
    publish_kind="Native AOT"
  else
    cc=$(compgen -c clang- | grep -E '^clang-[0-9]+$' | sort -t- -k2 -n | tail -n 1 || true)
    if [ -n "$cc" ]; then
      args+=("-p:CppCompilerAndLinker=$cc")
      publish_kind="Native AOT, linked with $cc"
    else
      args+=(-p:PublishAot=false)
      publish_kind="ReadyToRun (no clang to link Native AOT: apt-get install clang)"
    fi
  fi
  rm -rf "$bin"
  dotnet publish "$root/src/TwitchSite" "${args[@]}" >"$log" 2>&1 || return 1
  echo "published to $bin ($rid, $publish_kind)"
}
