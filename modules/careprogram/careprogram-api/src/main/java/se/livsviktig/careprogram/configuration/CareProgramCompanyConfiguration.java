package se.livsviktig.careprogram.configuration;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

/**
 * Per-company settings of the review reminders and the links in their notices. They have defaults, so a fresh
 * install works with no .config file; administrators change them in Instance Settings &gt; Livsviktig – Vård- och
 * insatsprogram.
 *
 * @author Livsviktig
 */
@ExtendedObjectClassDefinition(
	category = "livsviktig-careprogram",
	scope = ExtendedObjectClassDefinition.Scope.COMPANY
)
@Meta.OCD(
	id = "se.livsviktig.careprogram.configuration.CareProgramCompanyConfiguration",
	localization = "content/Language",
	name = "care-program-company-configuration-name"
)
public interface CareProgramCompanyConfiguration {

	/**
	 * Days before a review is due on which its owner is first reminded.
	 */
	@Meta.AD(
		deflt = "30", description = "reminder-days-before-due-help",
		name = "reminder-days-before-due", required = false
	)
	public int reminderDaysBeforeDue();

	/**
	 * Weeks a routine's review may be overdue before the programme's owner is told too.
	 */
	@Meta.AD(
		deflt = "4", description = "escalation-weeks-overdue-help",
		name = "escalation-weeks-overdue", required = false
	)
	public int escalationWeeksOverdue();

	/**
	 * The page with "Mina granskningar", which the notices link to; empty for no link.
	 */
	@Meta.AD(
		deflt = "", description = "my-reviews-url-help", name = "my-reviews-url",
		required = false
	)
	public String myReviewsURL();

	/**
	 * The page that shows a programme, which the notices link to; empty for no link.
	 */
	@Meta.AD(
		deflt = "", description = "program-page-url-help",
		name = "program-page-url", required = false
	)
	public String programPageURL();

}
