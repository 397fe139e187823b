# The application image: built from the project, without the embedded PostgreSQL (profile
# "production"), run as an unprivileged user from Spring Boot's extracted layers.
#   docker build -t baophu .        (docker compose up builds it too)

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
# Dependencies first: a change of the sources alone reuses this layer.
RUN ./mvnw -B -q -Pproduction dependency:go-offline
COPY src src
RUN ./mvnw -B -q -Pproduction -DskipTests package \
 && cp target/baophu-*.jar app.jar \
 && java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:17-jre
RUN groupadd --system baophu && useradd --system --gid baophu --home-dir /app baophu
WORKDIR /app
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
USER baophu
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=postgres \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# Readiness, without curl in the image: UP only after migrations and start-up work.
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"status\":\"UP\"" <&3'
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
