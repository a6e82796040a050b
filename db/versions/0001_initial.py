"""The whole first schema of Sioo Desk

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-23 03:08:15.411470
"""

from alembic import op
import sqlalchemy as sa


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=120), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_sha256'), ['sha256'], unique=False)

    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)

    op.create_table('people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=40), nullable=False),
    sa.Column('suffix', sa.String(length=40), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('expertise', sa.Text(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('initials', sa.String(length=20), nullable=False),
    sa.Column('first_name', sa.String(length=80), nullable=False),
    sa.Column('tussenvoegsel', sa.String(length=20), nullable=False),
    sa.Column('surname', sa.String(length=120), nullable=False),
    sa.Column('gender', sa.Enum('female', 'male', 'unspecified', name='gender', native_enum=False, length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('email', name=op.f('uq_people_email'))
    )
    op.create_table('programmes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('subtitle', sa.String(length=300), nullable=False),
    sa.Column('provider', sa.String(length=200), nullable=False),
    sa.Column('funder', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('contact_half_days', sa.Integer(), nullable=False),
    sa.Column('outside_working_hours_half_days', sa.Integer(), nullable=False),
    sa.Column('study_hours', sa.Integer(), nullable=False),
    sa.Column('min_participants', sa.Integer(), nullable=False),
    sa.Column('max_participants', sa.Integer(), nullable=False),
    sa.Column('min_group_size', sa.Integer(), nullable=False),
    sa.Column('max_group_size', sa.Integer(), nullable=False),
    sa.Column('fee_cents', sa.Integer(), nullable=False),
    sa.Column('subsidy_cents', sa.Integer(), nullable=False),
    sa.Column('fee_group_size', sa.Integer(), nullable=False),
    sa.Column('effort_threshold_percent', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programmes')),
    sa.UniqueConstraint('code', name=op.f('uq_programmes_code'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('cohorts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('location_address', sa.String(length=300), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('intake_from', sa.Date(), nullable=True),
    sa.Column('intake_until', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('planned', 'intake', 'running', 'finished', 'cancelled', name='cohortstatus', native_enum=False, length=32), nullable=False),
    sa.Column('programme_manager_id', sa.Integer(), nullable=True),
    sa.Column('secretary_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_cohorts_programme_id_programmes'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['programme_manager_id'], ['people.id'], name=op.f('fk_cohorts_programme_manager_id_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['secretary_id'], ['people.id'], name=op.f('fk_cohorts_secretary_id_people'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cohorts')),
    sa.UniqueConstraint('code', name=op.f('uq_cohorts_code'))
    )
    op.create_table('competence_frameworks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=True),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_competence_frameworks_programme_id_programmes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competence_frameworks')),
    sa.UniqueConstraint('code', name=op.f('uq_competence_frameworks_code'))
    )
    op.create_table('person_roles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('programme_manager', 'secretary', 'teacher', 'coach', 'assessor', 'rector', name='role', native_enum=False, length=32), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_person_roles_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_roles')),
    sa.UniqueConstraint('person_id', 'role', name=op.f('uq_person_roles_person_id_role'))
    )
    op.create_table('competences',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('framework_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['framework_id'], ['competence_frameworks.id'], name=op.f('fk_competences_framework_id_competence_frameworks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competences')),
    sa.UniqueConstraint('framework_id', 'code', name=op.f('uq_competences_framework_id_code'))
    )
    op.create_table('consultation_groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cohort_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('coach_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['coach_id'], ['people.id'], name=op.f('fk_consultation_groups_coach_id_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['cohort_id'], ['cohorts.id'], name=op.f('fk_consultation_groups_cohort_id_cohorts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultation_groups')),
    sa.UniqueConstraint('cohort_id', 'name', name=op.f('uq_consultation_groups_cohort_id_name'))
    )
    with op.batch_alter_table('consultation_groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consultation_groups_cohort_id'), ['cohort_id'], unique=False)

    op.create_table('organisational_assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cohort_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('client_name', sa.String(length=200), nullable=False),
    sa.Column('client_role', sa.String(length=200), nullable=False),
    sa.Column('client_organisation', sa.String(length=200), nullable=False),
    sa.Column('client_email', sa.String(length=254), nullable=False),
    sa.Column('manager_name', sa.String(length=200), nullable=False),
    sa.Column('status', sa.Enum('draft', 'agreed', 'in_progress', 'presented', 'evaluated', name='assignmentstatus', native_enum=False, length=32), nullable=False),
    sa.Column('client_feedback_start', sa.Text(), nullable=False),
    sa.Column('client_feedback_midway', sa.Text(), nullable=False),
    sa.Column('client_feedback_end', sa.Text(), nullable=False),
    sa.Column('manager_evaluation', sa.Text(), nullable=False),
    sa.Column('presentation_date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['cohort_id'], ['cohorts.id'], name=op.f('fk_organisational_assignments_cohort_id_cohorts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisational_assignments'))
    )
    with op.batch_alter_table('organisational_assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisational_assignments_cohort_id'), ['cohort_id'], unique=False)

    op.create_table('participants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cohort_id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('municipality', sa.String(length=120), nullable=False),
    sa.Column('job_title', sa.String(length=200), nullable=False),
    sa.Column('manager_name', sa.String(length=200), nullable=False),
    sa.Column('manager_email', sa.String(length=254), nullable=False),
    sa.Column('years_experience', sa.Integer(), nullable=True),
    sa.Column('years_in_hr', sa.Integer(), nullable=True),
    sa.Column('education_level', sa.Enum('hbo', 'wo', 'equivalent', 'other', name='educationlevel', native_enum=False, length=32), nullable=True),
    sa.Column('status', sa.Enum('registered', 'intake_planned', 'admitted', 'not_admitted', 'active', 'withdrawn', 'completed', name='participantstatus', native_enum=False, length=32), nullable=False),
    sa.Column('learning_team_partner_id', sa.Integer(), nullable=True),
    sa.Column('registered_on', sa.Date(), nullable=True),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('withdrawal_reason', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('initials', sa.String(length=20), nullable=False),
    sa.Column('first_name', sa.String(length=80), nullable=False),
    sa.Column('tussenvoegsel', sa.String(length=20), nullable=False),
    sa.Column('surname', sa.String(length=120), nullable=False),
    sa.Column('gender', sa.Enum('female', 'male', 'unspecified', name='gender', native_enum=False, length=32), nullable=False),
    sa.ForeignKeyConstraint(['cohort_id'], ['cohorts.id'], name=op.f('fk_participants_cohort_id_cohorts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['learning_team_partner_id'], ['participants.id'], name=op.f('fk_participants_learning_team_partner_id_participants'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participants'))
    )
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participants_cohort_id'), ['cohort_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participants_municipality'), ['municipality'], unique=False)

    op.create_table('assignment_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assignment_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assignment_id'], ['organisational_assignments.id'], name=op.f('fk_assignment_members_assignment_id_organisational_assignments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_assignment_members_participant_id_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assignment_members')),
    sa.UniqueConstraint('participant_id', name=op.f('uq_assignment_members_participant_id'))
    )
    op.create_table('certificates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('printed_name', sa.String(length=300), nullable=False),
    sa.Column('verification_code', sa.String(length=64), nullable=False),
    sa.Column('pdf_sha256', sa.String(length=64), nullable=False),
    sa.Column('attachment_id', sa.Integer(), nullable=True),
    sa.Column('reissue_reason', sa.Text(), nullable=False),
    sa.Column('revoked_on', sa.Date(), nullable=True),
    sa.Column('revoke_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachments.id'], name=op.f('fk_certificates_attachment_id_attachments'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_certificates_participant_id_participants'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificates')),
    sa.UniqueConstraint('number', 'version', name=op.f('uq_certificates_number_version')),
    sa.UniqueConstraint('verification_code', name=op.f('uq_certificates_verification_code'))
    )
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certificates_participant_id'), ['participant_id'], unique=False)

    op.create_table('competence_ratings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('competence_id', sa.Integer(), nullable=False),
    sa.Column('moment', sa.Enum('intake', 'midterm', 'end', name='ratingmoment', native_enum=False, length=32), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('rated_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['competence_id'], ['competences.id'], name=op.f('fk_competence_ratings_competence_id_competences'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_competence_ratings_participant_id_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competence_ratings')),
    sa.UniqueConstraint('participant_id', 'competence_id', 'moment', name=op.f('uq_competence_ratings_participant_id_competence_id_moment'))
    )
    with op.batch_alter_table('competence_ratings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competence_ratings_participant_id'), ['participant_id'], unique=False)

    op.create_table('group_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['consultation_groups.id'], name=op.f('fk_group_members_group_id_consultation_groups'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_group_members_participant_id_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_group_members')),
    sa.UniqueConstraint('participant_id', name=op.f('uq_group_members_participant_id'))
    )
    op.create_table('portfolios',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('created_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_portfolios_participant_id_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_portfolios')),
    sa.UniqueConstraint('participant_id', name=op.f('uq_portfolios_participant_id'))
    )
    op.create_table('sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cohort_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('intake_interview', 'start', 'atelier', 'masterclass', 'consultation', 'midterm_review', 'closing', 'accountability', name='sessionkind', native_enum=False, length=32), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('theme', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('consultation_group_id', sa.Integer(), nullable=True),
    sa.Column('guest_capacity', sa.Integer(), nullable=True),
    sa.Column('uid', sa.String(length=100), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['cohort_id'], ['cohorts.id'], name=op.f('fk_sessions_cohort_id_cohorts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['consultation_group_id'], ['consultation_groups.id'], name=op.f('fk_sessions_consultation_group_id_consultation_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sessions')),
    sa.UniqueConstraint('uid', name=op.f('uq_sessions_uid'))
    )
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sessions_cohort_id'), ['cohort_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sessions_consultation_group_id'), ['consultation_group_id'], unique=False)

    op.create_table('assessments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('assessor_id', sa.Integer(), nullable=True),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('verdict', sa.Enum('onvoldoende', 'voldoende', 'goed', name='verdict', native_enum=False, length=32), nullable=True),
    sa.Column('motivation', sa.Text(), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=True),
    sa.Column('recorded_effort_percent', sa.Integer(), nullable=True),
    sa.Column('recorded_by', sa.String(length=120), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['assessor_id'], ['people.id'], name=op.f('fk_assessments_assessor_id_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_assessments_participant_id_participants'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_assessments_session_id_sessions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessments')),
    sa.UniqueConstraint('participant_id', name=op.f('uq_assessments_participant_id'))
    )
    op.create_table('coach_notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('written_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['people.id'], name=op.f('fk_coach_notes_author_id_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_coach_notes_participant_id_participants'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_coach_notes_session_id_sessions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coach_notes'))
    )
    with op.batch_alter_table('coach_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coach_notes_participant_id'), ['participant_id'], unique=False)

    op.create_table('half_days',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('part', sa.Enum('morning', 'afternoon', 'evening', name='daypart', native_enum=False, length=32), nullable=False),
    sa.Column('part_order', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.Time(), nullable=True),
    sa.Column('ends_at', sa.Time(), nullable=True),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_half_days_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_half_days')),
    sa.UniqueConstraint('session_id', 'date', 'part', name=op.f('uq_half_days_session_id_date_part'))
    )
    with op.batch_alter_table('half_days', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_half_days_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_half_days_session_id'), ['session_id'], unique=False)

    op.create_table('intakes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('interviewer_id', sa.Integer(), nullable=True),
    sa.Column('learning_questions', sa.Text(), nullable=False),
    sa.Column('document_attachment_id', sa.Integer(), nullable=True),
    sa.Column('decision', sa.Enum('pending', 'admitted', 'not_admitted', name='admissiondecision', native_enum=False, length=32), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['document_attachment_id'], ['attachments.id'], name=op.f('fk_intakes_document_attachment_id_attachments'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['interviewer_id'], ['people.id'], name=op.f('fk_intakes_interviewer_id_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_intakes_participant_id_participants'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_intakes_session_id_sessions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intakes')),
    sa.UniqueConstraint('participant_id', name=op.f('uq_intakes_participant_id'))
    )
    op.create_table('masterclass_guests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('role', sa.Enum('client', 'manager', 'hrm_colleague', 'other', name='guestrole', native_enum=False, length=32), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('invited_by_id', sa.Integer(), nullable=True),
    sa.Column('registered_on', sa.Date(), nullable=True),
    sa.Column('waiting_position', sa.Integer(), nullable=True),
    sa.Column('attended', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['invited_by_id'], ['participants.id'], name=op.f('fk_masterclass_guests_invited_by_id_participants'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_masterclass_guests_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_masterclass_guests'))
    )
    with op.batch_alter_table('masterclass_guests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_masterclass_guests_session_id'), ['session_id'], unique=False)

    op.create_table('midterm_reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('yield_so_far', sa.Text(), nullable=False),
    sa.Column('learning_route_agreements', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_midterm_reviews_participant_id_participants'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_midterm_reviews_session_id_sessions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_midterm_reviews')),
    sa.UniqueConstraint('participant_id', name=op.f('uq_midterm_reviews_participant_id'))
    )
    op.create_table('portfolio_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('portfolio_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('intake_document', 'reflection', 'evidence', 'assignment_report', 'final_document', name='portfolioentrykind', native_enum=False, length=32), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('entry_date', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['portfolio_id'], ['portfolios.id'], name=op.f('fk_portfolio_entries_portfolio_id_portfolios'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_portfolio_entries'))
    )
    with op.batch_alter_table('portfolio_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_portfolio_entries_portfolio_id'), ['portfolio_id'], unique=False)

    op.create_table('session_participants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_session_participants_participant_id_participants'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_session_participants_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_participants')),
    sa.UniqueConstraint('session_id', 'participant_id', name=op.f('uq_session_participants_session_id_participant_id'))
    )
    with op.batch_alter_table('session_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_participants_participant_id'), ['participant_id'], unique=False)

    op.create_table('session_teachers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_session_teachers_person_id_people'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_session_teachers_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_teachers')),
    sa.UniqueConstraint('session_id', 'person_id', name=op.f('uq_session_teachers_session_id_person_id'))
    )
    with op.batch_alter_table('session_teachers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_teachers_person_id'), ['person_id'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('half_day_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('present', 'late', 'excused', 'absent', name='attendancestatus', native_enum=False, length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=True),
    sa.Column('recorded_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['half_day_id'], ['half_days.id'], name=op.f('fk_attendance_half_day_id_half_days'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_attendance_participant_id_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('participant_id', 'half_day_id', name=op.f('uq_attendance_participant_id_half_day_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_half_day_id'), ['half_day_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_participant_id'), ['participant_id'], unique=False)

    op.create_table('coach_note_revisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('note_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('edited_at', sa.DateTime(), nullable=False),
    sa.Column('edited_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['edited_by_id'], ['people.id'], name=op.f('fk_coach_note_revisions_edited_by_id_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['note_id'], ['coach_notes.id'], name=op.f('fk_coach_note_revisions_note_id_coach_notes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coach_note_revisions'))
    )
    op.create_table('intake_criterion_answers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('intake_id', sa.Integer(), nullable=False),
    sa.Column('criterion', sa.Enum('experience', 'education', 'workplace', 'ambition', 'business_knowledge', 'commitment', 'attitude', name='admissioncriterion', native_enum=False, length=32), nullable=False),
    sa.Column('answer', sa.Enum('unanswered', 'met', 'not_met', name='criterionanswer', native_enum=False, length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['intake_id'], ['intakes.id'], name=op.f('fk_intake_criterion_answers_intake_id_intakes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intake_criterion_answers')),
    sa.UniqueConstraint('intake_id', 'criterion', name=op.f('uq_intake_criterion_answers_intake_id_criterion'))
    )
    op.create_table('portfolio_entry_attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('attachment_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachments.id'], name=op.f('fk_portfolio_entry_attachments_attachment_id_attachments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entry_id'], ['portfolio_entries.id'], name=op.f('fk_portfolio_entry_attachments_entry_id_portfolio_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_portfolio_entry_attachments')),
    sa.UniqueConstraint('entry_id', 'attachment_id', name=op.f('uq_portfolio_entry_attachments_entry_id_attachment_id'))
    )
    op.create_table('portfolio_entry_competences',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('competence_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['competence_id'], ['competences.id'], name=op.f('fk_portfolio_entry_competences_competence_id_competences'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entry_id'], ['portfolio_entries.id'], name=op.f('fk_portfolio_entry_competences_entry_id_portfolio_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_portfolio_entry_competences')),
    sa.UniqueConstraint('entry_id', 'competence_id', name=op.f('uq_portfolio_entry_competences_entry_id_competence_id'))
    )
    op.create_table('portfolio_entry_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['portfolio_entries.id'], name=op.f('fk_portfolio_entry_sessions_entry_id_portfolio_entries'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_portfolio_entry_sessions_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_portfolio_entry_sessions')),
    sa.UniqueConstraint('entry_id', 'session_id', name=op.f('uq_portfolio_entry_sessions_entry_id_session_id'))
    )
    # ### end Alembic commands ###

    # Marks the file as a Sioo Desk database (store.schema.APPLICATION_ID), so that start-up
    # can refuse a foreign SQLite file without guessing from its tables.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA application_id = 1397313359")


def downgrade() -> None:
    op.drop_table('portfolio_entry_sessions')
    op.drop_table('portfolio_entry_competences')
    op.drop_table('portfolio_entry_attachments')
    op.drop_table('intake_criterion_answers')
    op.drop_table('coach_note_revisions')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_participant_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_half_day_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('session_teachers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_teachers_person_id'))

    op.drop_table('session_teachers')
    with op.batch_alter_table('session_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_participants_participant_id'))

    op.drop_table('session_participants')
    with op.batch_alter_table('portfolio_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_portfolio_entries_portfolio_id'))

    op.drop_table('portfolio_entries')
    op.drop_table('midterm_reviews')
    with op.batch_alter_table('masterclass_guests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_masterclass_guests_session_id'))

    op.drop_table('masterclass_guests')
    op.drop_table('intakes')
    with op.batch_alter_table('half_days', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_half_days_session_id'))
        batch_op.drop_index(batch_op.f('ix_half_days_date'))

    op.drop_table('half_days')
    with op.batch_alter_table('coach_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coach_notes_participant_id'))

    op.drop_table('coach_notes')
    op.drop_table('assessments')
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sessions_consultation_group_id'))
        batch_op.drop_index(batch_op.f('ix_sessions_cohort_id'))

    op.drop_table('sessions')
    op.drop_table('portfolios')
    op.drop_table('group_members')
    with op.batch_alter_table('competence_ratings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competence_ratings_participant_id'))

    op.drop_table('competence_ratings')
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_certificates_participant_id'))

    op.drop_table('certificates')
    op.drop_table('assignment_members')
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participants_municipality'))
        batch_op.drop_index(batch_op.f('ix_participants_cohort_id'))

    op.drop_table('participants')
    with op.batch_alter_table('organisational_assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisational_assignments_cohort_id'))

    op.drop_table('organisational_assignments')
    with op.batch_alter_table('consultation_groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consultation_groups_cohort_id'))

    op.drop_table('consultation_groups')
    op.drop_table('competences')
    op.drop_table('person_roles')
    op.drop_table('competence_frameworks')
    op.drop_table('cohorts')
    op.drop_table('settings')
    op.drop_table('programmes')
    op.drop_table('people')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_sha256'))

    op.drop_table('attachments')
    # ### end Alembic commands ###
