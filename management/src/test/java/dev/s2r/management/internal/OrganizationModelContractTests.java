/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.internal;

import dev.s2r.management.model.BillingAggregation;
import dev.s2r.management.model.BillingMetric;
import dev.s2r.management.model.BillingUsage;
import dev.s2r.management.model.BillingUsageItem;
import dev.s2r.management.model.InferenceApi;
import dev.s2r.management.model.InferenceModel;
import dev.s2r.management.model.Project;
import dev.s2r.management.model.Secret;
import dev.s2r.management.model.StarterUser;
import dev.s2r.management.model.StarterWorkspace;
import dev.s2r.management.model.StarterWorkspaceCreate;
import dev.s2r.management.model.Team;
import dev.s2r.management.model.TeamInfo;
import dev.s2r.management.model.User;
import dev.s2r.management.model.UserInfo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The records of starter workspaces, secrets, billing, teams, users, projects and inference read their JSON
 * (singlestore-server.md §1.5, §1.6; python-sdk-services.md §3.2, §3.3): every field, unknown fields ignored, missing
 * optional fields {@code null} (lists empty), values of enumerations kept as sent, secrets never in toString.
 */
final class OrganizationModelContractTests {

    private static <T> T read(String json, Class<T> type) throws IOException {
        return Json.MAPPER.readValue(json, type);
    }

    @Test
    void starterWorkspaceReadsEveryFieldAndIgnoresUnknownOnes() throws IOException {
        assertThat(read("""
            {"virtualWorkspaceID": "v1", "name": "dev", "databaseName": "db1", "endpoint": "svc.test:3333",
             "mysqlDmlPort": 3333, "websocketPort": 443, "projectID": "p1", "state": "SOMETHING", "new": [1]}""",
            StarterWorkspace.class)).isEqualTo(new StarterWorkspace("v1", "dev", "db1", "svc.test:3333", 3333, 443,
            "p1"));
    }

    @Test
    void starterWorkspaceToleratesMissingOptionalFields() throws IOException {
        assertThat(read("{\"virtualWorkspaceID\": \"v1\", \"name\": \"dev\"}", StarterWorkspace.class))
            .isEqualTo(new StarterWorkspace("v1", "dev", null, null, null, null, null));
    }

    @Test
    void starterWorkspaceCreateSendsTheProviderInUpperCaseAndNoUnsetProject() throws IOException {
        String json = Json.MAPPER.writeValueAsString(StarterWorkspaceCreate.of("dev", "db1", "aws", "us-east-1"));

        assertThat(Json.MAPPER.readTree(json)).isEqualTo(Json.MAPPER.readTree("""
            {"name": "dev", "databaseName": "db1", "provider": "AWS", "regionName": "us-east-1"}"""));
    }

    @Test
    void starterUserKeepsItsGeneratedPasswordOutOfToString() throws IOException {
        StarterUser user = read("{\"userID\": \"u1\", \"password\": \"Gen-pw-77\", \"x\": 1}",
            StarterUser.class);

        assertThat(user.password()).isEqualTo("Gen-pw-77");
        assertThat(user.toString()).contains("u1").doesNotContain("Gen-pw-77");
        assertThat(read("{\"userID\": \"u1\"}", StarterUser.class).password()).isNull();
    }

    @Test
    void secretReadsEveryFieldAndKeepsItsValueOutOfToString() throws IOException {
        Secret secret = read("""
            {"secretID": "s1", "name": "api-key", "value": "hunter2-value", "createdAt": "2025-01-02T03:04:05Z",
             "createdBy": "u1", "lastUpdatedAt": "2025-01-03T00:00:00Z", "lastUpdatedBy": "u2",
             "deletedAt": "0001-01-01T00:00:00Z", "deletedBy": null, "future": true}""", Secret.class);

        assertThat(secret).isEqualTo(new Secret("s1", "api-key", "hunter2-value",
            Instant.parse("2025-01-02T03:04:05Z"), "u1", Instant.parse("2025-01-03T00:00:00Z"), "u2", null, null));
        assertThat(secret.toString()).contains("api-key").doesNotContain("hunter2-value");
    }

    @Test
    void secretWithoutValueSaysNull() throws IOException {
        assertThat(read("{\"secretID\": \"s1\", \"name\": \"n\"}", Secret.class).toString())
            .contains("value=null");
    }

    @Test
    void billingUsageReadsTheSpecsFieldsWithItsValueAsAString() throws IOException {
        BillingUsage usage = read("""
            {"metric": "ComputeCredit", "usage": [{"resourceId": "r1", "resourceName": "prod",
             "resourceType": "Workspace", "ownerId": "o1", "startTime": "2025-01-01T00:00:00Z",
             "endTime": "2025-01-02T00:00:00Z", "value": "12.50", "future": 1}]}""", BillingUsage.class);

        assertThat(usage.metric()).isEqualTo("ComputeCredit");
        assertThat(usage.usage()).containsExactly(new BillingUsageItem("r1", "prod", "Workspace", "o1",
            Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-02T00:00:00Z"), "12.50"));
        assertThat(usage.usage().get(0).decimalValue()).isEqualByComparingTo(new BigDecimal("12.5"));
    }

    @Test
    void billingUsageReadsThePythonSdksSpellingsAndKeepsAnUnknownMetric() throws IOException {
        BillingUsage usage = read("""
            {"description": "d", "metric": "GpuHour", "Usage": [{"resource_type": "Cluster", "value": "1"}]}""",
            BillingUsage.class);

        assertThat(usage.metric()).isEqualTo("GpuHour");
        assertThat(usage.description()).isEqualTo("d");
        assertThat(usage.usage()).singleElement().extracting(BillingUsageItem::resourceType).isEqualTo("Cluster");
        assertThat(read("{\"metric\": \"ComputeCredit\"}", BillingUsage.class).usage()).isEmpty();
    }

    @Test
    void aUsageWithoutValueHasNoDecimalValue() {
        BillingUsageItem item = new BillingUsageItem("r1", null, null, null, null, null, null);

        assertThatThrownBy(item::decimalValue).isInstanceOf(NumberFormatException.class).hasMessageContaining("r1");
    }

    @Test
    void billingQueryValuesAreTheSpecsNames() {
        assertThat(List.of(BillingMetric.values())).extracting(BillingMetric::wireName)
            .containsExactly("ComputeCredit", "StorageAvgByte");
        assertThat(List.of(BillingAggregation.values())).extracting(BillingAggregation::wireName)
            .containsExactly("hour", "day", "month");
    }

    @Test
    void teamReadsItsMembers() throws IOException {
        Team team = read("""
            {"teamID": "t1", "name": "data", "description": "d", "createdAt": "2025-01-01T00:00:00Z",
             "memberUsers": [{"userID": "u1", "email": "a@b.c", "firstName": "A", "lastName": "B", "x": 1}],
             "memberTeams": [{"teamID": "t2", "name": "sub", "description": "s"}]}""", Team.class);

        assertThat(team.memberUsers()).containsExactly(new UserInfo("u1", "a@b.c", "A", "B"));
        assertThat(team.memberTeams()).containsExactly(new TeamInfo("t2", "sub", "s"));
    }

    @Test
    void teamWithoutMembersHasEmptyLists() throws IOException {
        assertThat(read("{\"teamID\": \"t1\", \"name\": \"data\"}", Team.class))
            .isEqualTo(new Team("t1", "data", null, null, List.of(), List.of()));
    }

    @Test
    void userKeepsAnUnknownKind() throws IOException {
        assertThat(read("""
            {"userID": "u1", "email": "a@b.c", "firstName": "A", "lastName": "B", "userKind": "Robot",
             "cloudPrincipal": "arn:x", "createdBy": "u0", "description": "d", "future": {}}""", User.class))
            .isEqualTo(new User("u1", "a@b.c", "A", "B", "Robot", "arn:x", "u0", "d"));
    }

    @Test
    void projectKeepsAnUnknownEdition() throws IOException {
        assertThat(read("""
            {"projectID": "p1", "name": "n", "edition": "GALACTIC", "createdAt": "2025-01-01T00:00:00Z"}""",
            Project.class)).isEqualTo(new Project("p1", "n", "GALACTIC", Instant.parse("2025-01-01T00:00:00Z")));
        assertThat(read("{\"projectID\": \"p1\"}", Project.class).edition()).isNull();
    }

    @Test
    void inferenceApiPrefersItsInternalUrl() throws IOException {
        InferenceApi api = read("""
            {"serviceID": "s", "projectID": "p", "modelName": "m", "name": "n", "connectionURL": "https://pub",
             "internalConnectionURL": "http://int", "hostingPlatform": "Amazon", "x": 1}""", InferenceApi.class);

        assertThat(api.preferredURL()).isEqualTo("http://int");
        assertThat(read("{\"connectionURL\": \"https://pub\", \"internalConnectionURL\": \"\"}",
            InferenceApi.class).preferredURL()).isEqualTo("https://pub");
    }

    @Test
    void inferenceModelReadsNameOrModelName() throws IOException {
        assertThat(read("{\"name\": \"m\", \"status\": \"Active\", \"hostingPlatform\": \"Nova\"}",
            InferenceModel.class)).isEqualTo(new InferenceModel("m", "Active", "Nova"));
        assertThat(read("{\"modelName\": \"m\", \"hostingPlatform\": \"Nova\"}", InferenceModel.class))
            .isEqualTo(new InferenceModel("m", null, "Nova"));
    }

    @Test
    void aDefaultStatusFillsOnlyAMissingOne() {
        assertThat(new InferenceModel("m", null, "Nova").withDefaultStatus("Initializing").status())
            .isEqualTo("Initializing");
        assertThat(new InferenceModel("m", "Stopping", "Nova").withDefaultStatus("Suspended").status())
            .isEqualTo("Stopping");
    }
}
