package se.livsviktig.careprogram.constants;

/**
 * The care programme app's portlet IDs: each portlet's class name with the dots turned into underscores, as the
 * portal names a portlet without a name of its own. Other bundles (the review notices' links) name the portlets
 * through these.
 *
 * @author Livsviktig
 */
public class CareProgramPortletKeys {

	public static final String CARE_PROGRAM_ADMIN =
		"se_livsviktig_careprogram_web_internal_portlet_CareProgramAdminPortlet";

	public static final String CARE_PROGRAM_LIST =
		"se_livsviktig_careprogram_web_internal_portlet_CareProgramListPortlet";

	public static final String MY_REVIEWS =
		"se_livsviktig_careprogram_web_internal_portlet_MyReviewsPortlet";

}
