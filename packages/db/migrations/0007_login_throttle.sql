-- Sign-in throttle: a row records a sign-in, a password change or an admin's unlock.
ALTER TABLE "login_attempts" ADD COLUMN "kind" text DEFAULT 'signIn' NOT NULL;--> statement-breakpoint
ALTER TABLE "login_attempts" ADD CONSTRAINT "login_attempts_kind" CHECK ("login_attempts"."kind" in ('signIn', 'changePassword', 'unlock'));