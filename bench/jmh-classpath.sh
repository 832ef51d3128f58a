# Sourced by the bench scripts: jmh_classpath MODULE compiles MODULE's tests (which runs the JMH
# annotation processor) and sets $classpath to its test classpath. build-classpath in the same reactor
# run resolves the sibling modules to their target/classes, so nothing needs installing first.
# Maven runs offline (-o) unless MVN_OFFLINE is set to an empty string.
jmh_classpath() {
    local module="$1"
    mvn -B -q ${MVN_OFFLINE--o} -pl "$module" -am test-compile dependency:build-classpath \
        -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
    if [[ ! -f "$module/target/test-classes/META-INF/BenchmarkList" ]]; then
        echo "No META-INF/BenchmarkList in $module/target/test-classes: the JMH annotation processor did not run." >&2
        exit 1
    fi
    classpath="$module/target/test-classes:$module/target/classes:$(cat "$module/target/test-classpath.txt")"
}
