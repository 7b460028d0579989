package se.livsviktig.instructor.configuration;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

/**
 * Per-company setting of how early an instructor's licence counts as at risk. It has a default, so a fresh
 * install works with no .config file; administrators change it in Instance Settings &gt; Livsviktig.
 *
 * @author Livsviktig
 */
@ExtendedObjectClassDefinition(
	category = "livsviktig-instructor",
	scope = ExtendedObjectClassDefinition.Scope.COMPANY
)
@Meta.OCD(
	id = "se.livsviktig.instructor.configuration.LicenceStandingConfiguration",
	localization = "content/Language",
	name = "licence-standing-configuration-name"
)
public interface LicenceStandingConfiguration {

	/**
	 * Days ahead in which a licence rule that would fail, or a certification that ends, makes the standing
	 * "at risk".
	 */
	@Meta.AD(
		deflt = "90", description = "at-risk-warning-days-help",
		name = "at-risk-warning-days", required = false
	)
	public int atRiskWarningDays();

}
