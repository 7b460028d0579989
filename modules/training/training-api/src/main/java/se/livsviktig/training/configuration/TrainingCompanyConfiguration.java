package se.livsviktig.training.configuration;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

/**
 * Per-company settings of the training app. Every value has a default, so a fresh install works with no
 * .config file; administrators change them in Instance Settings &gt; Livsviktig.
 *
 * @author Livsviktig
 */
@ExtendedObjectClassDefinition(
	category = "livsviktig",
	scope = ExtendedObjectClassDefinition.Scope.COMPANY
)
@Meta.OCD(
	id = "se.livsviktig.training.configuration.TrainingCompanyConfiguration",
	localization = "content/Language",
	name = "training-company-configuration-name"
)
public interface TrainingCompanyConfiguration {

	/**
	 * Days before the first session date that participants are reminded.
	 */
	@Meta.AD(
		deflt = "3", description = "reminder-days-before-help",
		name = "reminder-days-before", required = false
	)
	public int reminderDaysBefore();

	/**
	 * Days a registration that waits for manager approval holds its seat before it expires.
	 */
	@Meta.AD(
		deflt = "5", description = "approval-hold-days-help",
		name = "approval-hold-days", required = false
	)
	public int approvalHoldDays();

	/**
	 * Hours before the start of a session after which waitlisted people are no longer promoted; the
	 * coordinator is told instead.
	 */
	@Meta.AD(
		deflt = "24", description = "promotion-lead-time-hours-help",
		name = "promotion-lead-time-hours", required = false
	)
	public int promotionLeadTimeHours();

	/**
	 * Hours a person offered a freed seat has to accept it, unless the session says otherwise.
	 */
	@Meta.AD(
		deflt = "48", description = "offer-hours-help", name = "offer-hours",
		required = false
	)
	public int offerHours();

	/**
	 * Days after a session ends that what people wrote about a participation (motivation, dietary needs,
	 * comments, reasons, messages) is deleted.
	 */
	@Meta.AD(
		deflt = "30", description = "free-text-retention-days-help",
		name = "free-text-retention-days", required = false
	)
	public int freeTextRetentionDays();

	/**
	 * Whether a confirmed registration also books the session in the participant's Liferay Calendar.
	 */
	@Meta.AD(
		deflt = "false", description = "calendar-booking-enabled-help",
		name = "calendar-booking-enabled", required = false
	)
	public boolean calendarBookingEnabled();

	/**
	 * The address notices are sent from; empty means the portal's own sender (Instance Settings &gt; Email).
	 */
	@Meta.AD(
		deflt = "", description = "email-from-address-help",
		name = "email-from-address", required = false
	)
	public String emailFromAddress();

	@Meta.AD(
		deflt = "", description = "email-from-name-help",
		name = "email-from-name", required = false
	)
	public String emailFromName();

	/**
	 * The page with the approvals widget ("Godkänn anmälningar"); a request for approval links to the request
	 * on it. Empty: the request links to the training page instead.
	 */
	@Meta.AD(
		deflt = "", description = "approvals-page-url-help",
		name = "approvals-page-url", required = false
	)
	public String approvalsPageURL();

	/**
	 * The page where staff see their training ("Mina utbildningar"); notices link to it.
	 */
	@Meta.AD(
		deflt = "", description = "my-training-page-url-help",
		name = "my-training-page-url", required = false
	)
	public String myTrainingPageURL();

	/**
	 * The company's own wording of notices, one per line: <code>type.language.subject=text</code> or
	 * <code>type.language.body=text</code>, e.g. <code>reminder.sv_SE.subject=Snart dags: [$COURSE$]</code>.
	 * Notices not named here use the texts that come with the app.
	 */
	@Meta.AD(
		deflt = "", description = "notice-template-overrides-help",
		name = "notice-template-overrides", required = false
	)
	public String[] noticeTemplateOverrides();

	/**
	 * Rows per page in the course catalogue.
	 */
	@Meta.AD(
		deflt = "20", description = "catalog-page-size-help",
		name = "catalog-page-size", required = false
	)
	public int catalogPageSize();

	/**
	 * The user custom field (Expando attribute) that tells a registrant's sex for the year's figures, e.g. one
	 * fed from HR or LDAP. Empty: the portal's Contact gender.
	 */
	@Meta.AD(
		deflt = "", description = "sex-custom-field-name-help",
		name = "sex-custom-field-name", required = false
	)
	public String sexCustomFieldName();

	/**
	 * How the custom field's values map to female, male or unknown, as value=category pairs separated by commas
	 * or given one per line (K=female,Kvinna=female,M=male,Man=male). A value not named is unknown.
	 */
	@Meta.AD(
		deflt = "", description = "sex-custom-field-values-help",
		name = "sex-custom-field-values", required = false
	)
	public String[] sexCustomFieldValues();

}
