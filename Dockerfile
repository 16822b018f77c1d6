# One image for every stage: `wirestream run --stage ingest|enrich|publish`.
# Base images pinned to exact tags (a digest pin is better still where the registry is reachable
# from the build host: replace the tag with @sha256:<digest>).
FROM eclipse-temurin:17.0.15_6-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests -Dmaven.test.skip=true package

FROM eclipse-temurin:17.0.15_6-jre
# Only the production class path: cli/target/lib carries no JUnit, Kafka broker or Scala (the
# enforcer checks); the demo's embedded broker is not in the image, so `demo` needs a cluster here.
RUN groupadd --system --gid 10001 wirestream \
 && useradd --system --uid 10001 --gid wirestream --home-dir /var/lib/wirestream --create-home wirestream
WORKDIR /opt/wirestream
COPY --from=build /src/cli/target/wirestream-cli.jar ./
COPY --from=build /src/cli/target/lib ./lib
USER wirestream:wirestream
ENV WIRESTREAM_STATE_DIR=/var/lib/wirestream/state
VOLUME ["/var/lib/wirestream"]
# /health answers 200 when every stage in the process is RUNNING, 503 otherwise; the stage must be
# started with --http-port 8080 (docker-compose does). The Temurin images are Ubuntu with curl.
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/health >/dev/null || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/wirestream/wirestream-cli.jar"]
