-- Query.node, rendered from:
--   query {
--     node(id: "U291cmNlOjE") {
--       id
--       ... on Source {
--         id
--         slug
--         title
--         url
--         publisher
--         publishedOn
--         accessedOn
--         licence
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update
-- Variants, each under a "-- ==== " header (search for a filter's or order's name):
--   a Source
--   a EventSeries
--   a Event
--   a Fund
--   a FundTranche
--   a Priority
--   a Consortium
--   a Allocation
--   a Region
--   a NhsRegion
--   a IntegratedCareSystem
--   a LocalAuthority
--   a Organisation
--   a Person
--   a Project
--   a Resource
--   a Topic

-- ==== a Source
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Source:' || s0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', s0.slug, 'title', s0.title, 'url', s0.url, 'publisher', s0.publisher, 'publishedOn', to_char(s0.published_on, 'YYYY-MM-DD'), 'accessedOn', to_char(s0.accessed_on, 'YYYY-MM-DD'), 'licence', s0.licence) FROM source s0 WHERE s0.id = $1),
NULL::json;
-- $1 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_agg(json_build_object('id', s0.id, 'slug', s0.slug, 'title', s0.title, 'url', s0.url, 'publisher', s0.publisher, 'published_on', (s0.published_on::timestamp AT TIME ZONE 'UTC'), 'accessed_on', (s0.accessed_on::timestamp AT TIME ZONE 'UTC'), 'licence', s0.licence)) FROM source s0 WHERE s0.id = ANY($1::bigint[]));
-- $1 = '{1}'

-- ==== a EventSeries
--   query {
--     node(id: "RXZlbnRTZXJpZXM6MQ") {
--       id
--       ... on EventSeries {
--         id
--         slug
--         title
--         brand
--         edition
--         year
--         theme
--         description
--         startsOn
--         endsOn
--         provenance
--         provenanceNote
--       }
--     }
--   }
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('EventSeries:' || es0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', es0.slug, 'title', es0.title, 'brand', es0.brand, 'edition', es0.edition, 'year', es0.year, 'theme', es0.theme, 'description', es0.description, 'startsOn', to_char(es0.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(es0.ends_on, 'YYYY-MM-DD'), 'provenance', es0.provenance, 'provenanceNote', es0.provenance_note) FROM published_event_series es0 WHERE es0.id = $1),
NULL::json;
-- $1 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_agg(json_build_object('id', es0.id, 'slug', es0.slug, 'title', es0.title, 'brand', es0.brand, 'edition', es0.edition, 'year', es0.year, 'theme', es0.theme, 'description', es0.description, 'starts_on', (es0.starts_on::timestamp AT TIME ZONE 'UTC'), 'ends_on', (es0.ends_on::timestamp AT TIME ZONE 'UTC'), 'provenance', es0.provenance, 'provenance_note', es0.provenance_note)) FROM published_event_series es0 WHERE es0.id = ANY($1::bigint[]));
-- $1 = '{1}'

-- ==== a Event
--   query {
--     node(id: "RXZlbnQ6MQ") {
--       id
--       ... on Event {
--         id
--         slug
--         title
--         type
--         summary
--         description
--         startsAt
--         endsAt
--         timeZone
--         deliveryMode
--         workshopCount
--         themes
--         provenance
--         provenanceNote
--         updatedAt
--       }
--     }
--   }
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', e0.slug, 'title', e0.title, 'type', e0.type, 'summary', e0.summary, 'description', e0.description, 'startsAt', to_char(e0.starts_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SS') || '+' || to_char((e0.starts_at AT TIME ZONE 'Europe/London') - (e0.starts_at AT TIME ZONE 'UTC'), 'HH24:MI'), 'endsAt', to_char(e0.ends_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SS') || '+' || to_char((e0.ends_at AT TIME ZONE 'Europe/London') - (e0.ends_at AT TIME ZONE 'UTC'), 'HH24:MI'), 'timeZone', 'Europe/London'::text, 'deliveryMode', e0.delivery_mode, 'workshopCount', e0.workshop_count, 'themes', e0.themes, 'provenance', e0.provenance, 'provenanceNote', e0.provenance_note, 'updatedAt', to_char(e0.updated_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SS') || '+' || to_char((e0.updated_at AT TIME ZONE 'Europe/London') - (e0.updated_at AT TIME ZONE 'UTC'), 'HH24:MI')) FROM published_event e0 WHERE e0.id = $1),
NULL::json;
-- $1 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_agg(json_build_object('id', e0.id, 'slug', e0.slug, 'title', e0.title, 'type', e0.type, 'summary', e0.summary, 'description', e0.description, 'starts_at', e0.starts_at, 'ends_at', e0.ends_at, 'delivery_mode', e0.delivery_mode, 'workshop_count', e0.workshop_count, 'themes', e0.themes, 'provenance', e0.provenance, 'provenance_note', e0.provenance_note, 'updated_at', e0.updated_at)) FROM published_event e0 WHERE e0.id = ANY($1::bigint[]));
-- $1 = '{1}'

-- ==== a Fund
--   query {
--     node(id: "RnVuZDox") {
--       id
--       ... on Fund {
--         id
--         slug
--         name
--         shortName
--         description
--         provenance
--         provenanceNote
--       }
--     }
--   }
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Fund:' || f0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', f0.slug, 'name', f0.name, 'shortName', f0.short_name, 'description', f0.description, 'provenance', f0.provenance, 'provenanceNote', f0.provenance_note) FROM fund f0 WHERE f0.id = $1),
NULL::json;
-- $1 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_agg(json_build_object('id', f0.id, 'slug', f0.slug, 'name', f0.name, 'short_name', f0.short_name, 'description', f0.description, 'provenance', f0.provenance, 'provenance_note', f0.provenance_note)) FROM fund f0 WHERE f0.id = ANY($1::bigint[]));
-- $1 = '{1}'

-- ==== a FundTranche
--   query {
--     node(id: "RnVuZFRyYW5jaGU6MQ") {
--       id
--       ... on FundTranche {
--         id
--         financialYear
--         grantDetermination
--         announcedOn
--         paidOn
--         provenance
--         provenanceNote
--       }
--     }
--   }
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('FundTranche:' || ft0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'financialYear', ft0.financial_year, 'grantDetermination', ft0.grant_determination, 'announcedOn', to_char(ft0.announced_on, 'YYYY-MM-DD'), 'paidOn', to_char(ft0.paid_on, 'YYYY-MM-DD'), 'provenance', ft0.provenance, 'provenanceNote', ft0.provenance_note) FROM fund_tranche ft0 WHERE ft0.id = $1),
NULL::json;
-- $1 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_agg(json_build_object('id', ft0.id, 'financial_year', ft0.financial_year, 'grant_determination', ft0.grant_determination, 'announced_on', (ft0.announced_on::timestamp AT TIME ZONE 'UTC'), 'paid_on', (ft0.paid_on::timestamp AT TIME ZONE 'UTC'), 'provenance', ft0.provenance, 'provenance_note', ft0.provenance_note)) FROM fund_tranche ft0 WHERE ft0.id = ANY($1::bigint[]));
-- $1 = '{1}'

-- ==== a Priority
--   query {
--     node(id: "UHJpb3JpdHk6MQ") {
--       id
--       ... on Priority {
--         id
--         number
--         title
--         objective
--         description
--         provenance
--         provenanceNote
--       }
--     }
--   }
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Priority:' || pr0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'number', pr0.number, 'title', pr0.title, 'objective', pr0.objective, 'description', pr0.description, 'provenance', pr0.provenance, 'provenanceNote', pr0.provenance_note) FROM priority pr0 WHERE pr0.id = $1),
NULL::json;
-- $1 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_agg(json_build_object('id', pr0.id, 'number', pr0.number, 'title', pr0.title, 'objective', pr0.objective, 'description', pr0.description, 'provenance', pr0.provenance, 'provenance_note', pr0.provenance_note)) FROM priority pr0 WHERE pr0.id = ANY($1::bigint[]));
-- $1 = '{1}'

-- ==== a Consortium
--   query {
--     node(id: "Q29uc29ydGl1bTox") {
--       id
--       ... on Consortium {
--         id
--         slug
--         name
--         provenance
--         provenanceNote
--       }
--     }
--   }
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Consortium:' || c0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', c0.slug, 'name', c0.name, 'provenance', c0.provenance, 'provenanceNote', c0.provenance_note) FROM consortium c0 WHERE c0.id = $1),
NULL::json;
-- $1 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_agg(json_build_object('id', c0.id, 'slug', c0.slug, 'name', c0.name, 'provenance', c0.provenance, 'provenance_note', c0.provenance_note)) FROM consortium c0 WHERE c0.id = ANY($1::bigint[]));
-- $1 = '{1}'

-- ==== a Allocation
--   query {
--     node(id: "QWxsb2NhdGlvbjox") {
--       id
--       ... on Allocation {
--         id
--         note
--         provenance
--         provenanceNote
--       }
--     }
--   }
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Allocation:' || a0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'note', a0.note, 'provenance', a0.provenance, 'provenanceNote', a0.provenance_note) FROM published_allocation a0 WHERE a0.id = $1),
NULL::json;
-- $1 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_agg(json_build_object('id', a0.id, 'note', a0.note, 'provenance', a0.provenance, 'provenance_note', a0.provenance_note)) FROM published_allocation a0 WHERE a0.id = ANY($1::bigint[]));
-- $1 = '{1}'

-- ==== a Region
--   query {
--     node(id: "UmVnaW9uOjE") {
--       id
--       ... on Region {
--         id
--         slug
--         code
--         codeValidFrom
--         itlCode
--         name
--         provenance
--         provenanceNote
--       }
--     }
--   }
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Region:' || rg0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', rg0.slug, 'code', rg0.code, 'codeValidFrom', to_char(rg0.code_valid_from, 'YYYY-MM-DD'), 'itlCode', rg0.itl_code, 'name', rg0.name, 'provenance', rg0.provenance, 'provenanceNote', rg0.provenance_note) FROM region rg0 WHERE rg0.id = $1),
NULL::json;
-- $1 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_agg(json_build_object('id', rg0.id, 'slug', rg0.slug, 'code', rg0.code, 'code_valid_from', (rg0.code_valid_from::timestamp AT TIME ZONE 'UTC'), 'itl_code', rg0.itl_code, 'name', rg0.name, 'provenance', rg0.provenance, 'provenance_note', rg0.provenance_note)) FROM region rg0 WHERE rg0.id = ANY($1::bigint[]));
-- $1 = '{1}'

-- ==== a NhsRegion
--   query {
--     node(id: "TmhzUmVnaW9uOjE") {
--       id
--       ... on NhsRegion {
--         id
--         slug
--         code
--         odsCode
--         name
--         provenance
--         provenanceNote
--       }
--     }
--   }
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('NhsRegion:' || n0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', n0.slug, 'code', n0.code, 'odsCode', n0.ods_code, 'name', n0.name, 'provenance', n0.provenance, 'provenanceNote', n0.provenance_note) FROM nhs_region n0 WHERE n0.id = $1),
NULL::json;
-- $1 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_agg(json_build_object('id', n0.id, 'slug', n0.slug, 'code', n0.code, 'ods_code', n0.ods_code, 'name', n0.name, 'provenance', n0.provenance, 'provenance_note', n0.provenance_note)) FROM nhs_region n0 WHERE n0.id = ANY($1::bigint[]));
-- $1 = '{1}'

-- ==== a IntegratedCareSystem
--   query {
--     node(id: "SW50ZWdyYXRlZENhcmVTeXN0ZW06MQ") {
--       id
--       ... on IntegratedCareSystem {
--         id
--         slug
--         code
--         codeValidFrom
--         odsCode
--         name
--         provenance
--         provenanceNote
--       }
--     }
--   }
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('IntegratedCareSystem:' || i0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', i0.slug, 'code', i0.code, 'codeValidFrom', to_char(i0.code_valid_from, 'YYYY-MM-DD'), 'odsCode', i0.ods_code, 'name', i0.name, 'provenance', i0.provenance, 'provenanceNote', i0.provenance_note) FROM ics i0 WHERE i0.id = $1),
NULL::json;
-- $1 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_agg(json_build_object('id', i0.id, 'slug', i0.slug, 'code', i0.code, 'code_valid_from', (i0.code_valid_from::timestamp AT TIME ZONE 'UTC'), 'ods_code', i0.ods_code, 'name', i0.name, 'provenance', i0.provenance, 'provenance_note', i0.provenance_note)) FROM ics i0 WHERE i0.id = ANY($1::bigint[]));
-- $1 = '{1}'

-- ==== a LocalAuthority
--   query {
--     node(id: "TG9jYWxBdXRob3JpdHk6MQ") {
--       id
--       ... on LocalAuthority {
--         id
--         slug
--         code
--         codeValidFrom
--         name
--         kind
--         provenance
--         provenanceNote
--       }
--     }
--   }
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('LocalAuthority:' || la0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', la0.slug, 'code', la0.code, 'codeValidFrom', to_char(la0.code_valid_from, 'YYYY-MM-DD'), 'name', la0.name, 'kind', la0.kind, 'provenance', la0.provenance, 'provenanceNote', la0.provenance_note) FROM local_authority la0 WHERE la0.id = $1),
NULL::json;
-- $1 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_agg(json_build_object('id', la0.id, 'slug', la0.slug, 'code', la0.code, 'code_valid_from', (la0.code_valid_from::timestamp AT TIME ZONE 'UTC'), 'name', la0.name, 'kind', la0.kind, 'provenance', la0.provenance, 'provenance_note', la0.provenance_note)) FROM local_authority la0 WHERE la0.id = ANY($1::bigint[]));
-- $1 = '{1}'

-- ==== a Organisation
--   query {
--     node(id: "T3JnYW5pc2F0aW9uOjE") {
--       id
--       ... on Organisation {
--         id
--         slug
--         name
--         kind
--         description
--         websiteUrl
--         provenance
--         provenanceNote
--       }
--     }
--   }
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Organisation:' || o0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', o0.slug, 'name', o0.name, 'kind', o0.kind, 'description', o0.description, 'websiteUrl', o0.website_url, 'provenance', o0.provenance, 'provenanceNote', o0.provenance_note) FROM organisation o0 WHERE o0.id = $1),
NULL::json;
-- $1 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_agg(json_build_object('id', o0.id, 'slug', o0.slug, 'name', o0.name, 'kind', o0.kind, 'description', o0.description, 'website_url', o0.website_url, 'provenance', o0.provenance, 'provenance_note', o0.provenance_note)) FROM organisation o0 WHERE o0.id = ANY($1::bigint[]));
-- $1 = '{1}'

-- ==== a Person
--   query {
--     node(id: "UGVyc29uOjE") {
--       id
--       ... on Person {
--         id
--         slug
--         name
--         jobTitle
--         bio
--         provenance
--         provenanceNote
--       }
--     }
--   }
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Person:' || pe0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', pe0.slug, 'name', pe0.name, 'jobTitle', pe0.job_title, 'bio', pe0.bio, 'provenance', pe0.provenance, 'provenanceNote', pe0.provenance_note) FROM person pe0 WHERE pe0.id = $1),
NULL::json;
-- $1 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_agg(json_build_object('id', pe0.id, 'slug', pe0.slug, 'name', pe0.name, 'job_title', pe0.job_title, 'bio', pe0.bio, 'provenance', pe0.provenance, 'provenance_note', pe0.provenance_note)) FROM person pe0 WHERE pe0.id = ANY($1::bigint[]));
-- $1 = '{1}'

-- ==== a Project
--   query {
--     node(id: "UHJvamVjdDox") {
--       id
--       ... on Project {
--         id
--         slug
--         title
--         summary
--         description
--         targetGroups
--         unpaidCarerFocus
--         stage
--         coproductionLevel
--         coproductionPrinciples
--         startsOn
--         endsOn
--         provenance
--         provenanceNote
--         updatedAt
--       }
--     }
--   }
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', p0.slug, 'title', p0.title, 'summary', p0.summary, 'description', p0.description, 'targetGroups', p0.target_groups, 'unpaidCarerFocus', p0.unpaid_carer_focus, 'stage', p0.stage, 'coproductionLevel', p0.coproduction_level, 'coproductionPrinciples', p0.coproduction_principles, 'startsOn', to_char(p0.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(p0.ends_on, 'YYYY-MM-DD'), 'provenance', p0.provenance, 'provenanceNote', p0.provenance_note, 'updatedAt', to_char(p0.updated_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SS') || '+' || to_char((p0.updated_at AT TIME ZONE 'Europe/London') - (p0.updated_at AT TIME ZONE 'UTC'), 'HH24:MI')) FROM published_project p0 WHERE p0.id = $1),
NULL::json;
-- $1 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_agg(json_build_object('id', p0.id, 'slug', p0.slug, 'title', p0.title, 'summary', p0.summary, 'description', p0.description, 'target_groups', p0.target_groups, 'unpaid_carer_focus', p0.unpaid_carer_focus, 'stage', p0.stage, 'coproduction_level', p0.coproduction_level, 'coproduction_principles', p0.coproduction_principles, 'starts_on', (p0.starts_on::timestamp AT TIME ZONE 'UTC'), 'ends_on', (p0.ends_on::timestamp AT TIME ZONE 'UTC'), 'provenance', p0.provenance, 'provenance_note', p0.provenance_note, 'updated_at', p0.updated_at)) FROM published_project p0 WHERE p0.id = ANY($1::bigint[]));
-- $1 = '{1}'

-- ==== a Resource
--   query {
--     node(id: "UmVzb3VyY2U6MQ") {
--       id
--       ... on Resource {
--         id
--         slug
--         title
--         type
--         summary
--         body
--         externalUrl
--         publishedOn
--         revisedOn
--         audiences
--         version
--         status
--         provenance
--         provenanceNote
--         updatedAt
--       }
--     }
--   }
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', r0.slug, 'title', r0.title, 'type', r0.type, 'summary', r0.summary, 'body', r0.body, 'externalUrl', r0.external_url, 'publishedOn', CASE WHEN r0.published_earliest = r0.published_latest THEN to_char(r0.published_earliest, 'YYYY-MM-DD') END, 'revisedOn', to_char(r0.revised_on, 'YYYY-MM-DD'), 'audiences', r0.audiences, 'version', r0.version, 'status', r0.status, 'provenance', r0.provenance, 'provenanceNote', r0.provenance_note, 'updatedAt', to_char(r0.updated_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SS') || '+' || to_char((r0.updated_at AT TIME ZONE 'Europe/London') - (r0.updated_at AT TIME ZONE 'UTC'), 'HH24:MI')) FROM published_resource r0 WHERE r0.id = $1),
NULL::json;
-- $1 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_agg(json_build_object('id', r0.id, 'slug', r0.slug, 'title', r0.title, 'type', r0.type, 'summary', r0.summary, 'body', r0.body, 'external_url', r0.external_url, 'published_earliest', (r0.published_earliest::timestamp AT TIME ZONE 'UTC'), 'published_latest', (r0.published_latest::timestamp AT TIME ZONE 'UTC'), 'revised_on', (r0.revised_on::timestamp AT TIME ZONE 'UTC'), 'audiences', r0.audiences, 'version', r0.version, 'status', r0.status, 'provenance', r0.provenance, 'provenance_note', r0.provenance_note, 'updated_at', r0.updated_at)) FROM published_resource r0 WHERE r0.id = ANY($1::bigint[]));
-- $1 = '{1}'

-- ==== a Topic
--   query {
--     node(id: "VG9waWM6MQ") {
--       id
--       ... on Topic {
--         id
--         slug
--         name
--         description
--         isTheme
--       }
--     }
--   }
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Topic:' || t0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', t0.slug, 'name', t0.name, 'description', t0.description, 'isTheme', t0.parent_id IS NULL) FROM topic t0 WHERE t0.id = $1),
NULL::json;
-- $1 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_agg(json_build_object('id', t0.id, 'slug', t0.slug, 'name', t0.name, 'description', t0.description, 'parent_id', t0.parent_id)) FROM topic t0 WHERE t0.id = ANY($1::bigint[]));
-- $1 = '{1}'
