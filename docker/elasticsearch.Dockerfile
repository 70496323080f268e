# Elasticsearch with Agora's analysis plugin (modules/analysis: German and English token filters).
# Docker cannot run on the development machines; this file follows the images' documentation and is
# built by compose.yaml and the package job in .gitlab-ci.yml. ES_VERSION is the parent pom's
# elasticsearch.server.version and JAVA_VERSION its maven.compiler.release (`./agora versions`).
ARG JAVA_VERSION
ARG ES_VERSION
FROM maven:3.9-eclipse-temurin-${JAVA_VERSION} AS plugin
WORKDIR /src
COPY pom.xml .
COPY modules modules
RUN mvn -B -q -Dmaven.test.skip=true -pl modules/analysis package \
 && cp modules/analysis/target/agora-analysis-*.zip /agora-analysis.zip

FROM docker.elastic.co/elasticsearch/elasticsearch:${ES_VERSION}
COPY --from=plugin /agora-analysis.zip /tmp/agora-analysis.zip
RUN bin/elasticsearch-plugin install --batch file:///tmp/agora-analysis.zip
