package se.livsviktig.instructor.configuration;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

/**
 * Per-company settings of the notices about instructors' certifications. Every value has a default, so a fresh
 * install works with no .config file; administrators change them in Instance Settings &gt; Livsviktig.
 *
 * @author Livsviktig
 */
@ExtendedObjectClassDefinition(
	category = "livsviktig-instructor",
	scope = ExtendedObjectClassDefinition.Scope.COMPANY
)
@Meta.OCD(
	id = "se.livsviktig.instructor.configuration.CertificationNoticeConfiguration",
	localization = "content/Language",
	name = "certification-notice-configuration-name"
)
public interface CertificationNoticeConfiguration {

	/**
	 * Days before a certification's valid-until date that its holder is reminded, once per value.
	 */
	@Meta.AD(
		deflt = "90|30", description = "expiry-reminder-days-help",
		name = "expiry-reminder-days", required = false
	)
	public int[] expiryReminderDays();

	/**
	 * Days after its valid-until date within which a lapsed certification's holder is told. Older ones (a
	 * certification that expired long before the app came, say) are marked lapsed without a notice.
	 */
	@Meta.AD(
		deflt = "30", description = "lapsed-notice-within-days-help",
		name = "lapsed-notice-within-days", required = false
	)
	public int lapsedNoticeWithinDays();

	/**
	 * Whether instructors are told when their licence for a method becomes at risk or lapses because they led too
	 * few sessions. On by default, as the certification reminders are.
	 */
	@Meta.AD(
		deflt = "true", description = "licence-standing-notices-help",
		name = "licence-standing-notices", required = false
	)
	public boolean licenceStandingNotices();

}
