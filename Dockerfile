# One image for every stage: `wirestream run --stage ingest|enrich|publish`.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests -Dmaven.test.skip=true package

FROM eclipse-temurin:17-jre
WORKDIR /opt/wirestream
COPY --from=build /src/cli/target/wirestream-cli.jar ./
COPY --from=build /src/cli/target/lib ./lib
ENTRYPOINT ["java", "-jar", "/opt/wirestream/wirestream-cli.jar"]
