CREATE TYPE "public"."adjustment_kind" AS ENUM('bonus', 'penalty');--> statement-breakpoint
CREATE TYPE "public"."attendance_mode" AS ENUM('present', 'writtenOpinion', 'absent');--> statement-breakpoint
CREATE TYPE "public"."award_kind" AS ENUM('provincialFlag', 'certificateOfMerit');--> statement-breakpoint
CREATE TYPE "public"."ballot_invalid_reason" AS ENUM('spoiled', 'duplicateChoice', 'tooManyChoices', 'offList', 'ineligibleCandidate');--> statement-breakpoint
CREATE TYPE "public"."committee_outcome" AS ENUM('accept', 'return', 'cut');--> statement-breakpoint
CREATE TYPE "public"."conference_status" AS ENUM('planned', 'open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."cycle_phase" AS ENUM('setup', 'registration', 'inProgress', 'selfAssessment', 'review', 'conference', 'dossier', 'provincialReview', 'closed');--> statement-breakpoint
CREATE TYPE "public"."cycle_status" AS ENUM('open', 'closed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."document_status" AS ENUM('draft', 'issued', 'cancelled', 'signed');--> statement-breakpoint
CREATE TYPE "public"."dossier_status" AS ENUM('draft', 'submitted', 'received', 'returned', 'reviewed', 'decided');--> statement-breakpoint
CREATE TYPE "public"."eligibility_block_code" AS ENUM('disciplineUnderReview', 'investigationOnViolationSigns', 'pendingComplaintOrDenunciation', 'pressCorruptionUnderVerification', 'collectiveDiscipline');--> statement-breakpoint
CREATE TYPE "public"."nomination_status" AS ENUM('proposed', 'accepted', 'cut');--> statement-breakpoint
CREATE TYPE "public"."org_event_kind" AS ENUM('rename', 'merge', 'split', 'transfer', 'dissolve');--> statement-breakpoint
CREATE TYPE "public"."province_name_kind" AS ENUM('name', 'placeName');--> statement-breakpoint
CREATE TYPE "public"."record_type" AS ENUM('plan', 'regulation', 'pact', 'registration', 'scoreTable', 'selfAssessmentReport', 'reviewSummary', 'summaryReport', 'ballotForm', 'tallyMinutes', 'conferenceMinutes', 'proposal', 'achievementReport', 'nomineeList', 'dossierPackage', 'decision', 'other');--> statement-breakpoint
CREATE TYPE "public"."review_status" AS ENUM('open', 'agreed', 'locked');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('unitOfficer', 'unitHead', 'blocHead', 'blocDeputy', 'secretariat', 'committeeReviewer', 'admin');--> statement-breakpoint
CREATE TYPE "public"."scope_kind" AS ENUM('unit', 'bloc', 'province', 'global');--> statement-breakpoint
CREATE TYPE "public"."self_assessment_status" AS ENUM('draft', 'submitted', 'signedOff', 'returned');--> statement-breakpoint
CREATE TYPE "public"."vote_kind" AS ENUM('provincialFlag', 'certificateOfMerit', 'blocHead', 'blocDeputy');--> statement-breakpoint
CREATE TYPE "public"."vote_round_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TABLE "assessment_adjustments" (
	"self_assessment_id" text NOT NULL,
	"kind" "adjustment_kind" NOT NULL,
	"item_id" text NOT NULL,
	"self_value" numeric(7, 2) NOT NULL,
	"reviewed_value" numeric(7, 2),
	"reason_for_change" text,
	CONSTRAINT "assessment_adjustments_self_assessment_id_item_id_pk" PRIMARY KEY("self_assessment_id","item_id"),
	CONSTRAINT "assessment_adjustments_self" CHECK ("assessment_adjustments"."self_value" >= 0 and "assessment_adjustments"."self_value" <= 1000 and mod("assessment_adjustments"."self_value" * 4, 1) = 0),
	CONSTRAINT "assessment_adjustments_reviewed" CHECK ("assessment_adjustments"."reviewed_value" is null or ("assessment_adjustments"."reviewed_value" >= 0 and "assessment_adjustments"."reviewed_value" <= 1000 and mod("assessment_adjustments"."reviewed_value" * 4, 1) = 0)),
	CONSTRAINT "assessment_adjustments_penalty_count" CHECK ("assessment_adjustments"."kind" <> 'penalty' or (mod("assessment_adjustments"."self_value", 1) = 0 and mod(coalesce("assessment_adjustments"."reviewed_value", 0), 1) = 0)),
	CONSTRAINT "assessment_adjustments_reason" CHECK ("assessment_adjustments"."reviewed_value" is null or "assessment_adjustments"."reviewed_value" = "assessment_adjustments"."self_value" or length(btrim(coalesce("assessment_adjustments"."reason_for_change", ''))) > 0)
);
--> statement-breakpoint
CREATE TABLE "assessment_scores" (
	"self_assessment_id" text NOT NULL,
	"criterion_id" text NOT NULL,
	"self_score" numeric(7, 2) NOT NULL,
	"reviewed_score" numeric(7, 2),
	"reason_for_change" text,
	"self_note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_scores_self_assessment_id_criterion_id_pk" PRIMARY KEY("self_assessment_id","criterion_id"),
	CONSTRAINT "assessment_scores_self" CHECK ("assessment_scores"."self_score" >= 0 and "assessment_scores"."self_score" <= 1000 and mod("assessment_scores"."self_score" * 4, 1) = 0),
	CONSTRAINT "assessment_scores_reviewed" CHECK ("assessment_scores"."reviewed_score" is null or ("assessment_scores"."reviewed_score" >= 0 and "assessment_scores"."reviewed_score" <= 1000 and mod("assessment_scores"."reviewed_score" * 4, 1) = 0)),
	CONSTRAINT "assessment_scores_reason" CHECK ("assessment_scores"."reviewed_score" is null or "assessment_scores"."reviewed_score" = "assessment_scores"."self_score" or length(btrim(coalesce("assessment_scores"."reason_for_change", ''))) > 0),
	CONSTRAINT "assessment_scores_nfc" CHECK (("assessment_scores"."reason_for_change" is null or "assessment_scores"."reason_for_change" is nfc normalized)
      and ("assessment_scores"."self_note" is null or "assessment_scores"."self_note" is nfc normalized))
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"self_assessment_id" text NOT NULL,
	"criterion_id" text,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea",
	"storage_key" text,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_files_size" CHECK ("evidence_files"."size_bytes" between 1 and 20971520),
	CONSTRAINT "evidence_files_type" CHECK ("evidence_files"."content_type" in ('application/pdf', 'image/jpeg', 'image/png', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')),
	CONSTRAINT "evidence_files_sha256" CHECK ("evidence_files"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "evidence_files_storage" CHECK (("evidence_files"."bytes" is null) <> ("evidence_files"."storage_key" is null)),
	CONSTRAINT "evidence_files_bytes_size" CHECK ("evidence_files"."bytes" is null or octet_length("evidence_files"."bytes") = "evidence_files"."size_bytes"),
	CONSTRAINT "evidence_files_name" CHECK ("evidence_files"."file_name" is nfc normalized and length(btrim("evidence_files"."file_name")) between 1 and 255)
);
--> statement-breakpoint
CREATE TABLE "scoring_templates" (
	"id" text PRIMARY KEY NOT NULL,
	"cycle_id" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"body" jsonb NOT NULL,
	"edited_by" text,
	"edited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_at" timestamp with time zone,
	CONSTRAINT "scoring_templates_cycle_id_unique" UNIQUE("cycle_id"),
	CONSTRAINT "scoring_templates_version_positive" CHECK ("scoring_templates"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "self_assessments" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"cycle_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"status" "self_assessment_status" DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"signed_off_at" timestamp with time zone,
	"signed_off_by" text,
	"returned_at" timestamp with time zone,
	"return_reason" text,
	"late" boolean DEFAULT false NOT NULL,
	"late_reports" integer DEFAULT 0 NOT NULL,
	"disqualifier_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "self_assessments_cycle_unit" UNIQUE("cycle_id","unit_id"),
	CONSTRAINT "self_assessments_submitted_at" CHECK ("self_assessments"."status" in ('draft', 'returned') or "self_assessments"."submitted_at" is not null),
	CONSTRAINT "self_assessments_signed_off" CHECK ("self_assessments"."status" <> 'signedOff' or "self_assessments"."signed_off_at" is not null),
	CONSTRAINT "self_assessments_return_reason" CHECK ("self_assessments"."status" <> 'returned' or "self_assessments"."return_reason" is not null),
	CONSTRAINT "self_assessments_late_reports" CHECK ("self_assessments"."late_reports" >= 0),
	CONSTRAINT "self_assessments_disqualifiers" CHECK (jsonb_typeof("self_assessments"."disqualifier_ids") = 'array')
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "login_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"username" text NOT NULL,
	"ip" "inet",
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"succeeded" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip" "inet",
	"user_agent" text,
	CONSTRAINT "sessions_id_hex" CHECK ("sessions"."id" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "sessions_expiry" CHECK ("sessions"."expires_at" > "sessions"."created_at")
);
--> statement-breakpoint
CREATE TABLE "user_roles" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"user_id" text NOT NULL,
	"role" "role" NOT NULL,
	"scope_kind" "scope_kind" NOT NULL,
	"unit_id" text,
	"bloc_id" text,
	"province_id" text,
	"year" integer,
	CONSTRAINT "user_roles_grant" UNIQUE NULLS NOT DISTINCT("user_id","role","scope_kind","unit_id","bloc_id","province_id","year"),
	CONSTRAINT "user_roles_role_scope" CHECK (("role" = 'unitOfficer' and "scope_kind" = 'unit') or ("role" = 'unitHead' and "scope_kind" = 'unit') or ("role" = 'blocHead' and "scope_kind" = 'bloc') or ("role" = 'blocDeputy' and "scope_kind" = 'bloc') or ("role" = 'secretariat' and "scope_kind" = 'province') or ("role" = 'committeeReviewer' and "scope_kind" = 'province') or ("role" = 'admin' and "scope_kind" = 'global')),
	CONSTRAINT "user_roles_scope_ids" CHECK (("user_roles"."unit_id" is not null) = ("user_roles"."scope_kind" = 'unit')
        and ("user_roles"."bloc_id" is not null) = ("user_roles"."scope_kind" = 'bloc')
        and ("user_roles"."province_id" is not null) = ("user_roles"."scope_kind" = 'province')),
	CONSTRAINT "user_roles_year" CHECK ("user_roles"."year" is null or "user_roles"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"display_name" text NOT NULL,
	"title" text,
	"active" boolean DEFAULT true NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username"),
	CONSTRAINT "users_username_form" CHECK ("users"."username" = lower("users"."username") and "users"."username" is nfc normalized),
	CONSTRAINT "users_username_not_blank" CHECK (length(btrim("users"."username")) > 0),
	CONSTRAINT "users_display_name_nfc" CHECK ("users"."display_name" is nfc normalized),
	CONSTRAINT "users_password_hash_form" CHECK ("users"."password_hash" like 'scrypt$%')
);
--> statement-breakpoint
CREATE TABLE "committee_reviews" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"dossier_id" text NOT NULL,
	"nomination_id" text,
	"outcome" "committee_outcome" NOT NULL,
	"reason" text,
	"reviewer_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committee_reviews_reason" CHECK ("committee_reviews"."outcome" = 'accept' or ("committee_reviews"."reason" is not null and length(btrim("committee_reviews"."reason")) > 0 and "committee_reviews"."reason" is nfc normalized)),
	CONSTRAINT "committee_reviews_cut_target" CHECK ("committee_reviews"."outcome" <> 'cut' or "committee_reviews"."nomination_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"province_id" text NOT NULL,
	"dossier_id" text,
	"number" text NOT NULL,
	"year" integer NOT NULL,
	"decision_date" date NOT NULL,
	"signer_name" text NOT NULL,
	"signer_title" text NOT NULL,
	"awards" jsonb NOT NULL,
	"scan_document_id" uuid,
	"recorded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decisions_number" UNIQUE("province_id","year","number"),
	CONSTRAINT "decisions_year" CHECK ("decisions"."year" between 2000 and 2100 and "decisions"."year" = extract(year from "decisions"."decision_date")),
	CONSTRAINT "decisions_awards" CHECK (jsonb_typeof("decisions"."awards") = 'array'),
	CONSTRAINT "decisions_text_nfc" CHECK ("decisions"."number" is nfc normalized and "decisions"."signer_name" is nfc normalized and "decisions"."signer_title" is nfc normalized)
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"cycle_id" text NOT NULL,
	"status" "dossier_status" DEFAULT 'draft' NOT NULL,
	"proposal_document_id" uuid,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"received_at" timestamp with time zone,
	"due_date" date,
	"returned_at" timestamp with time zone,
	"return_reason" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossiers_cycle_id_unique" UNIQUE("cycle_id"),
	CONSTRAINT "dossiers_submitted" CHECK ("dossiers"."status" = 'draft' or "dossiers"."submitted_at" is not null),
	CONSTRAINT "dossiers_received" CHECK ("dossiers"."status" not in ('received', 'reviewed', 'decided') or "dossiers"."received_at" is not null),
	CONSTRAINT "dossiers_due" CHECK ("dossiers"."due_date" is null or "dossiers"."received_at" is not null),
	CONSTRAINT "dossiers_return_reason" CHECK ("dossiers"."status" <> 'returned' or "dossiers"."return_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "nominations" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"cycle_id" text NOT NULL,
	"award_kind" "award_kind" NOT NULL,
	"unit_id" text NOT NULL,
	"round_id" text,
	"votes" integer NOT NULL,
	"percentage" numeric(5, 2) NOT NULL,
	"status" "nomination_status" DEFAULT 'proposed' NOT NULL,
	"cut_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nominations_cycle_award_unit" UNIQUE("cycle_id","award_kind","unit_id"),
	CONSTRAINT "nominations_votes" CHECK ("nominations"."votes" >= 0),
	CONSTRAINT "nominations_percentage" CHECK ("nominations"."percentage" between 0 and 100),
	CONSTRAINT "nominations_cut_reason" CHECK ("nominations"."status" <> 'cut' or length(btrim(coalesce("nominations"."cut_reason", ''))) > 0)
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"session_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"mode" "attendance_mode" NOT NULL,
	"delegate_name" text,
	"delegate_title" text,
	CONSTRAINT "attendance_session_id_unit_id_pk" PRIMARY KEY("session_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "ballot_receipts" (
	"round_id" text NOT NULL,
	"unit_id" text NOT NULL,
	CONSTRAINT "ballot_receipts_round_id_unit_id_pk" PRIMARY KEY("round_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" text NOT NULL,
	"choices" jsonb NOT NULL,
	"valid" boolean NOT NULL,
	"invalid_reason" "ballot_invalid_reason",
	CONSTRAINT "ballots_validity" CHECK ("ballots"."valid" = ("ballots"."invalid_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "conference_sessions" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"cycle_id" text NOT NULL,
	"session_number" integer DEFAULT 1 NOT NULL,
	"held_on" date NOT NULL,
	"start_time" text,
	"place" text,
	"venue" text,
	"chair_unit_id" text,
	"secretary_unit_id" text,
	"status" "conference_status" DEFAULT 'planned' NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "conference_sessions_cycle_number" UNIQUE("cycle_id","session_number"),
	CONSTRAINT "conference_sessions_number" CHECK ("conference_sessions"."session_number" >= 1),
	CONSTRAINT "conference_sessions_start_time" CHECK ("conference_sessions"."start_time" is null or "conference_sessions"."start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "conference_sessions_text_nfc" CHECK (("conference_sessions"."place" is null or "conference_sessions"."place" is nfc normalized) and ("conference_sessions"."venue" is null or "conference_sessions"."venue" is nfc normalized))
);
--> statement-breakpoint
CREATE TABLE "vote_rounds" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"session_id" text NOT NULL,
	"vote_kind" "vote_kind" NOT NULL,
	"round_number" integer DEFAULT 1 NOT NULL,
	"parent_round_id" text,
	"status" "vote_round_status" DEFAULT 'open' NOT NULL,
	"rule" jsonb NOT NULL,
	"seats" integer NOT NULL,
	"max_choices" integer NOT NULL,
	"candidates" jsonb NOT NULL,
	"ballots_issued" integer DEFAULT 0 NOT NULL,
	"tally" jsonb,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "vote_rounds_kind_number" UNIQUE("session_id","vote_kind","round_number"),
	CONSTRAINT "vote_rounds_number" CHECK ("vote_rounds"."round_number" >= 1),
	CONSTRAINT "vote_rounds_runoff" CHECK (("vote_rounds"."round_number" = 1) = ("vote_rounds"."parent_round_id" is null)),
	CONSTRAINT "vote_rounds_seats" CHECK ("vote_rounds"."seats" >= 1 and "vote_rounds"."max_choices" >= "vote_rounds"."seats"),
	CONSTRAINT "vote_rounds_ballots_issued" CHECK ("vote_rounds"."ballots_issued" >= 0),
	CONSTRAINT "vote_rounds_closed" CHECK (("vote_rounds"."status" = 'closed') = ("vote_rounds"."closed_at" is not null)),
	CONSTRAINT "vote_rounds_tally_when_closed" CHECK ("vote_rounds"."status" = 'closed' or "vote_rounds"."tally" is null),
	CONSTRAINT "vote_rounds_candidates" CHECK (jsonb_typeof("vote_rounds"."candidates") = 'array')
);
--> statement-breakpoint
CREATE TABLE "written_opinions" (
	"round_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"choices" jsonb NOT NULL,
	"received_on" date,
	CONSTRAINT "written_opinions_round_id_unit_id_pk" PRIMARY KEY("round_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "cycle_unit_status" (
	"cycle_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"steps" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deadlines" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"overdue" boolean DEFAULT false NOT NULL,
	"late_penalty" numeric(6, 2) DEFAULT 0 NOT NULL,
	"projection_seq" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cycle_unit_status_cycle_id_unit_id_pk" PRIMARY KEY("cycle_id","unit_id"),
	CONSTRAINT "cycle_unit_status_penalty" CHECK ("cycle_unit_status"."late_penalty" >= 0),
	CONSTRAINT "cycle_unit_status_seq" CHECK ("cycle_unit_status"."projection_seq" >= 0)
);
--> statement-breakpoint
CREATE TABLE "cycles" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"bloc_id" text NOT NULL,
	"year" integer NOT NULL,
	"workflow_id" text NOT NULL,
	"phase" "cycle_phase" DEFAULT 'setup' NOT NULL,
	"phase_entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" "cycle_status" DEFAULT 'open' NOT NULL,
	"calendar" jsonb NOT NULL,
	"rule_set_id" text NOT NULL,
	"projection_seq" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cycles_workflow_id_unique" UNIQUE("workflow_id"),
	CONSTRAINT "cycles_bloc_year" UNIQUE("bloc_id","year"),
	CONSTRAINT "cycles_year" CHECK ("cycles"."year" between 2000 and 2100),
	CONSTRAINT "cycles_seq" CHECK ("cycles"."projection_seq" >= 0)
);
--> statement-breakpoint
CREATE TABLE "unit_eligibility_flags" (
	"cycle_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"code" "eligibility_block_code" NOT NULL,
	"note" text,
	"recorded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_eligibility_flags_cycle_id_unit_id_code_pk" PRIMARY KEY("cycle_id","unit_id","code"),
	CONSTRAINT "unit_eligibility_flags_note_nfc" CHECK ("unit_eligibility_flags"."note" is null or "unit_eligibility_flags"."note" is nfc normalized)
);
--> statement-breakpoint
CREATE TABLE "document_counters" (
	"province_id" text NOT NULL,
	"issuer_code" text NOT NULL,
	"year" integer NOT NULL,
	"series" text NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "document_counters_province_id_issuer_code_year_series_pk" PRIMARY KEY("province_id","issuer_code","year","series"),
	CONSTRAINT "document_counters_positive" CHECK ("document_counters"."last_number" >= 1),
	CONSTRAINT "document_counters_year" CHECK ("document_counters"."year" between 2000 and 2100),
	CONSTRAINT "document_counters_series" CHECK ("document_counters"."series" in ('NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr', 'HĐ', 'CĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'SY', 'TrS', 'SL'))
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_group_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"cycle_id" text,
	"province_id" text NOT NULL,
	"record_type" "record_type" NOT NULL,
	"issuer_code" text NOT NULL,
	"year" integer NOT NULL,
	"series" text,
	"number" integer,
	"number_label" text,
	"title" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"sha256" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"bytes" "bytea",
	"storage_key" text,
	"source_data_hash" text NOT NULL,
	"cycle_phase" "cycle_phase",
	"status" "document_status" DEFAULT 'draft' NOT NULL,
	"author_user_id" text,
	"issued_at" timestamp with time zone,
	"signed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_group_version" UNIQUE("document_group_id","version"),
	CONSTRAINT "documents_version" CHECK ("documents"."version" >= 1),
	CONSTRAINT "documents_year" CHECK ("documents"."year" between 2000 and 2100),
	CONSTRAINT "documents_series" CHECK ("documents"."series" is null or "documents"."series" in ('NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr', 'HĐ', 'CĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'SY', 'TrS', 'SL')),
	CONSTRAINT "documents_number_positive" CHECK ("documents"."number" is null or "documents"."number" >= 1),
	CONSTRAINT "documents_number_needs_series" CHECK ("documents"."number" is null or "documents"."series" is not null),
	CONSTRAINT "documents_draft_unnumbered" CHECK ("documents"."status" <> 'draft' or "documents"."number" is null),
	CONSTRAINT "documents_numbered_when_issued" CHECK ("documents"."status" = 'draft' or "documents"."series" is null or "documents"."number" is not null),
	CONSTRAINT "documents_cancel_reason" CHECK ("documents"."status" <> 'cancelled' or "documents"."cancel_reason" is not null),
	CONSTRAINT "documents_sha256" CHECK ("documents"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "documents_size" CHECK ("documents"."size_bytes" between 1 and 52428800),
	CONSTRAINT "documents_storage" CHECK (("documents"."bytes" is null) <> ("documents"."storage_key" is null)),
	CONSTRAINT "documents_bytes_size" CHECK ("documents"."bytes" is null or octet_length("documents"."bytes") = "documents"."size_bytes"),
	CONSTRAINT "documents_text_nfc" CHECK ("documents"."title" is nfc normalized and "documents"."file_name" is nfc normalized and "documents"."issuer_code" is nfc normalized),
	CONSTRAINT "documents_title_not_blank" CHECK (length(btrim("documents"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "signed_scans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"sha256" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"bytes" "bytea",
	"storage_key" text,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signed_scans_document_id_unique" UNIQUE("document_id"),
	CONSTRAINT "signed_scans_pdf" CHECK ("signed_scans"."content_type" = 'application/pdf'),
	CONSTRAINT "signed_scans_sha256" CHECK ("signed_scans"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "signed_scans_size" CHECK ("signed_scans"."size_bytes" between 1 and 52428800),
	CONSTRAINT "signed_scans_storage" CHECK (("signed_scans"."bytes" is null) <> ("signed_scans"."storage_key" is null)),
	CONSTRAINT "signed_scans_bytes_size" CHECK ("signed_scans"."bytes" is null or octet_length("signed_scans"."bytes") = "signed_scans"."size_bytes")
);
--> statement-breakpoint
CREATE TABLE "bloc_leaderships" (
	"bloc_id" text NOT NULL,
	"year" integer NOT NULL,
	"head_unit_id" text NOT NULL,
	"deputy_unit_id" text NOT NULL,
	"basis" text,
	CONSTRAINT "bloc_leaderships_bloc_id_year_pk" PRIMARY KEY("bloc_id","year"),
	CONSTRAINT "bloc_leaderships_distinct" CHECK ("bloc_leaderships"."head_unit_id" <> "bloc_leaderships"."deputy_unit_id"),
	CONSTRAINT "bloc_leaderships_year" CHECK ("bloc_leaderships"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "bloc_memberships" (
	"bloc_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"year" integer NOT NULL,
	CONSTRAINT "bloc_memberships_bloc_id_unit_id_year_pk" PRIMARY KEY("bloc_id","unit_id","year"),
	CONSTRAINT "bloc_memberships_unit_year" UNIQUE("unit_id","year"),
	CONSTRAINT "bloc_memberships_year" CHECK ("bloc_memberships"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "bloc_names" (
	"bloc_id" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"note" text,
	CONSTRAINT "bloc_names_bloc_id_valid_from_pk" PRIMARY KEY("bloc_id","valid_from"),
	CONSTRAINT "bloc_names_range" CHECK ("bloc_names"."valid_to" is null or "bloc_names"."valid_to" >= "bloc_names"."valid_from"),
	CONSTRAINT "bloc_names_nfc" CHECK ("bloc_names"."name" is nfc normalized and ("bloc_names"."short_name" is null or "bloc_names"."short_name" is nfc normalized)),
	CONSTRAINT "bloc_names_not_blank" CHECK (length(btrim("bloc_names"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "blocs" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"province_id" text NOT NULL,
	"issuer_code" text NOT NULL,
	CONSTRAINT "blocs_province_issuer" UNIQUE("province_id","issuer_code"),
	CONSTRAINT "blocs_issuer_code_nfc" CHECK ("blocs"."issuer_code" is nfc normalized),
	CONSTRAINT "blocs_issuer_code_not_blank" CHECK (length(btrim("blocs"."issuer_code")) > 0)
);
--> statement-breakpoint
CREATE TABLE "province_lineage" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"event_id" text NOT NULL,
	"kind" "org_event_kind" NOT NULL,
	"date" date NOT NULL,
	"from_province_id" text NOT NULL,
	"to_province_id" text,
	"note" text,
	CONSTRAINT "province_lineage_edge" UNIQUE NULLS NOT DISTINCT("event_id","from_province_id","to_province_id"),
	CONSTRAINT "province_lineage_target" CHECK (("province_lineage"."kind" = 'dissolve') = ("province_lineage"."to_province_id" is null))
);
--> statement-breakpoint
CREATE TABLE "province_names" (
	"province_id" text NOT NULL,
	"kind" "province_name_kind" NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"note" text,
	CONSTRAINT "province_names_province_id_kind_valid_from_pk" PRIMARY KEY("province_id","kind","valid_from"),
	CONSTRAINT "province_names_range" CHECK ("province_names"."valid_to" is null or "province_names"."valid_to" >= "province_names"."valid_from"),
	CONSTRAINT "province_names_nfc" CHECK ("province_names"."name" is nfc normalized and ("province_names"."short_name" is null or "province_names"."short_name" is nfc normalized)),
	CONSTRAINT "province_names_not_blank" CHECK (length(btrim("province_names"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "provinces" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"code" text NOT NULL,
	CONSTRAINT "provinces_code_unique" UNIQUE("code"),
	CONSTRAINT "provinces_code_nfc" CHECK ("provinces"."code" is nfc normalized),
	CONSTRAINT "provinces_code_not_blank" CHECK (length(btrim("provinces"."code")) > 0)
);
--> statement-breakpoint
CREATE TABLE "unit_lineage" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"event_id" text NOT NULL,
	"kind" "org_event_kind" NOT NULL,
	"date" date NOT NULL,
	"from_unit_id" text NOT NULL,
	"to_unit_id" text,
	"note" text,
	CONSTRAINT "unit_lineage_edge" UNIQUE NULLS NOT DISTINCT("event_id","from_unit_id","to_unit_id"),
	CONSTRAINT "unit_lineage_target" CHECK (("unit_lineage"."kind" = 'dissolve') = ("unit_lineage"."to_unit_id" is null))
);
--> statement-breakpoint
CREATE TABLE "unit_names" (
	"unit_id" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"note" text,
	CONSTRAINT "unit_names_unit_id_valid_from_pk" PRIMARY KEY("unit_id","valid_from"),
	CONSTRAINT "unit_names_range" CHECK ("unit_names"."valid_to" is null or "unit_names"."valid_to" >= "unit_names"."valid_from"),
	CONSTRAINT "unit_names_nfc" CHECK ("unit_names"."name" is nfc normalized and ("unit_names"."short_name" is null or "unit_names"."short_name" is nfc normalized)),
	CONSTRAINT "unit_names_not_blank" CHECK (length(btrim("unit_names"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"province_id" text NOT NULL,
	"code" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "units_province_code" UNIQUE("province_id","code"),
	CONSTRAINT "units_range" CHECK ("units"."valid_to" is null or "units"."valid_to" >= "units"."valid_from"),
	CONSTRAINT "units_code_nfc" CHECK ("units"."code" is nfc normalized)
);
--> statement-breakpoint
CREATE TABLE "pact_signatures" (
	"pact_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"signed_by" text,
	"signer_name" text,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pact_signatures_pact_id_unit_id_pk" PRIMARY KEY("pact_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "pacts" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"cycle_id" text NOT NULL,
	"title" text NOT NULL,
	"clauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"signing_date" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pacts_cycle_id_unique" UNIQUE("cycle_id"),
	CONSTRAINT "pacts_title_nfc" CHECK ("pacts"."title" is nfc normalized)
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"cycle_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"targets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"aims" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registrations_cycle_unit" UNIQUE("cycle_id","unit_id"),
	CONSTRAINT "registrations_targets" CHECK (jsonb_typeof("registrations"."targets") = 'array' and jsonb_typeof("registrations"."aims") = 'array')
);
--> statement-breakpoint
CREATE TABLE "review_comments" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"cycle_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"criterion_id" text,
	"author_user_id" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_comments_body" CHECK ("review_comments"."body" is nfc normalized and length(btrim("review_comments"."body")) > 0)
);
--> statement-breakpoint
CREATE TABLE "review_responses" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"cycle_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"body" text NOT NULL,
	"responded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_responses_one_per_unit" UNIQUE("cycle_id","unit_id"),
	CONSTRAINT "review_responses_body" CHECK ("review_responses"."body" is nfc normalized and length(btrim("review_responses"."body")) > 0)
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"cycle_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"status" "review_status" DEFAULT 'open' NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"lock_date" date,
	"locked_at" timestamp with time zone,
	CONSTRAINT "reviews_cycle_id_unit_id_pk" PRIMARY KEY("cycle_id","unit_id"),
	CONSTRAINT "reviews_locked" CHECK ("reviews"."status" <> 'locked' or "reviews"."locked_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "rule_set_versions" (
	"rule_set_id" text NOT NULL,
	"version" integer NOT NULL,
	"body" jsonb NOT NULL,
	"edited_by" text,
	"edited_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rule_set_versions_rule_set_id_version_pk" PRIMARY KEY("rule_set_id","version")
);
--> statement-breakpoint
CREATE TABLE "rule_sets" (
	"id" text PRIMARY KEY NOT NULL,
	"province_id" text,
	"year" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"body" jsonb NOT NULL,
	"edited_by" text,
	"edited_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rule_sets_year" CHECK ("rule_sets"."year" between 2000 and 2100),
	CONSTRAINT "rule_sets_version_positive" CHECK ("rule_sets"."version" >= 1),
	CONSTRAINT "rule_sets_body_matches" CHECK (("rule_sets"."body" ->> 'year')::int = "rule_sets"."year" and "rule_sets"."body" ->> 'id' = "rule_sets"."id")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" text,
	"actor_role" "role",
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"idempotency_key" text NOT NULL,
	CONSTRAINT "audit_log_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "audit_log_action" CHECK ("audit_log"."action" ~ '^[a-zA-Z][a-zA-Z0-9.]*$')
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"user_id" text,
	"role" "role",
	"scope_kind" "scope_kind",
	"scope_id" text,
	"cycle_id" text,
	"kind" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_dedupe_key_unique" UNIQUE("dedupe_key"),
	CONSTRAINT "notifications_recipient" CHECK (("notifications"."user_id" is not null and "notifications"."role" is null and "notifications"."scope_kind" is null and "notifications"."scope_id" is null)
        or ("notifications"."user_id" is null and "notifications"."role" is not null and "notifications"."scope_kind" is not null
            and ("notifications"."scope_id" is null) = ("notifications"."scope_kind" = 'global'))),
	CONSTRAINT "notifications_kind" CHECK ("notifications"."kind" ~ '^[a-zA-Z][a-zA-Z0-9.]*$')
);
--> statement-breakpoint
CREATE TABLE "processed_updates" (
	"cycle_id" text NOT NULL,
	"step" text NOT NULL,
	"update_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"result" jsonb,
	CONSTRAINT "processed_updates_cycle_id_step_update_id_pk" PRIMARY KEY("cycle_id","step","update_id")
);
--> statement-breakpoint
ALTER TABLE "assessment_adjustments" ADD CONSTRAINT "assessment_adjustments_self_assessment_id_self_assessments_id_fk" FOREIGN KEY ("self_assessment_id") REFERENCES "public"."self_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_self_assessment_id_self_assessments_id_fk" FOREIGN KEY ("self_assessment_id") REFERENCES "public"."self_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_self_assessment_id_self_assessments_id_fk" FOREIGN KEY ("self_assessment_id") REFERENCES "public"."self_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_templates" ADD CONSTRAINT "scoring_templates_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_templates" ADD CONSTRAINT "scoring_templates_edited_by_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_signed_off_by_users_id_fk" FOREIGN KEY ("signed_off_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_bloc_id_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."blocs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_reviews" ADD CONSTRAINT "committee_reviews_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_reviews" ADD CONSTRAINT "committee_reviews_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_reviews" ADD CONSTRAINT "committee_reviews_reviewer_user_id_users_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_scan_document_id_documents_id_fk" FOREIGN KEY ("scan_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_proposal_document_id_documents_id_fk" FOREIGN KEY ("proposal_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_round_id_vote_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."vote_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_session_id_conference_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."conference_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_receipts" ADD CONSTRAINT "ballot_receipts_round_id_vote_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."vote_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_receipts" ADD CONSTRAINT "ballot_receipts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_round_id_vote_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."vote_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_sessions" ADD CONSTRAINT "conference_sessions_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_sessions" ADD CONSTRAINT "conference_sessions_chair_unit_id_units_id_fk" FOREIGN KEY ("chair_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_sessions" ADD CONSTRAINT "conference_sessions_secretary_unit_id_units_id_fk" FOREIGN KEY ("secretary_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vote_rounds" ADD CONSTRAINT "vote_rounds_session_id_conference_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."conference_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vote_rounds" ADD CONSTRAINT "vote_rounds_parent_round_id_vote_rounds_id_fk" FOREIGN KEY ("parent_round_id") REFERENCES "public"."vote_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "written_opinions" ADD CONSTRAINT "written_opinions_round_id_vote_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."vote_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "written_opinions" ADD CONSTRAINT "written_opinions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_unit_status" ADD CONSTRAINT "cycle_unit_status_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_unit_status" ADD CONSTRAINT "cycle_unit_status_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_bloc_id_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."blocs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_rule_set_id_rule_sets_id_fk" FOREIGN KEY ("rule_set_id") REFERENCES "public"."rule_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_eligibility_flags" ADD CONSTRAINT "unit_eligibility_flags_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_eligibility_flags" ADD CONSTRAINT "unit_eligibility_flags_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_counters" ADD CONSTRAINT "document_counters_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signed_scans" ADD CONSTRAINT "signed_scans_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signed_scans" ADD CONSTRAINT "signed_scans_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_leaderships" ADD CONSTRAINT "bloc_leaderships_bloc_id_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."blocs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_leaderships" ADD CONSTRAINT "bloc_leaderships_head_member_fk" FOREIGN KEY ("bloc_id","head_unit_id","year") REFERENCES "public"."bloc_memberships"("bloc_id","unit_id","year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_leaderships" ADD CONSTRAINT "bloc_leaderships_deputy_member_fk" FOREIGN KEY ("bloc_id","deputy_unit_id","year") REFERENCES "public"."bloc_memberships"("bloc_id","unit_id","year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_memberships" ADD CONSTRAINT "bloc_memberships_bloc_id_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."blocs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_memberships" ADD CONSTRAINT "bloc_memberships_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_names" ADD CONSTRAINT "bloc_names_bloc_id_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."blocs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blocs" ADD CONSTRAINT "blocs_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "province_lineage" ADD CONSTRAINT "province_lineage_from_province_id_provinces_id_fk" FOREIGN KEY ("from_province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "province_lineage" ADD CONSTRAINT "province_lineage_to_province_id_provinces_id_fk" FOREIGN KEY ("to_province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "province_names" ADD CONSTRAINT "province_names_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_lineage" ADD CONSTRAINT "unit_lineage_from_unit_id_units_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_lineage" ADD CONSTRAINT "unit_lineage_to_unit_id_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_names" ADD CONSTRAINT "unit_names_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pact_signatures" ADD CONSTRAINT "pact_signatures_pact_id_pacts_id_fk" FOREIGN KEY ("pact_id") REFERENCES "public"."pacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pact_signatures" ADD CONSTRAINT "pact_signatures_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pact_signatures" ADD CONSTRAINT "pact_signatures_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pacts" ADD CONSTRAINT "pacts_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_review_fk" FOREIGN KEY ("cycle_id","unit_id") REFERENCES "public"."reviews"("cycle_id","unit_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_responses" ADD CONSTRAINT "review_responses_responded_by_users_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_responses" ADD CONSTRAINT "review_responses_review_fk" FOREIGN KEY ("cycle_id","unit_id") REFERENCES "public"."reviews"("cycle_id","unit_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_set_versions" ADD CONSTRAINT "rule_set_versions_rule_set_id_rule_sets_id_fk" FOREIGN KEY ("rule_set_id") REFERENCES "public"."rule_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_set_versions" ADD CONSTRAINT "rule_set_versions_edited_by_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_sets" ADD CONSTRAINT "rule_sets_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_sets" ADD CONSTRAINT "rule_sets_edited_by_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processed_updates" ADD CONSTRAINT "processed_updates_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_files_sheet_idx" ON "evidence_files" USING btree ("self_assessment_id");--> statement-breakpoint
CREATE INDEX "login_attempts_username_at_idx" ON "login_attempts" USING btree ("username","at");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_at_idx" ON "login_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "user_roles_user_idx" ON "user_roles" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "committee_reviews_dossier_idx" ON "committee_reviews" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "cycles_year_idx" ON "cycles" USING btree ("year");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_number_unique" ON "documents" USING btree ("province_id","issuer_code","year","series","number") WHERE "documents"."number" is not null;--> statement-breakpoint
CREATE INDEX "documents_cycle_idx" ON "documents" USING btree ("cycle_id");--> statement-breakpoint
CREATE INDEX "bloc_memberships_bloc_year_idx" ON "bloc_memberships" USING btree ("bloc_id","year");--> statement-breakpoint
CREATE INDEX "unit_lineage_to_idx" ON "unit_lineage" USING btree ("to_unit_id");--> statement-breakpoint
CREATE INDEX "review_comments_review_idx" ON "review_comments" USING btree ("cycle_id","unit_id");--> statement-breakpoint
CREATE INDEX "rule_sets_province_year_idx" ON "rule_sets" USING btree ("province_id","year");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_role_scope_idx" ON "notifications" USING btree ("role","scope_kind","scope_id");