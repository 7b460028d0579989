package se.livsviktig.careprogram.web.internal.constants;

/**
 * Request attributes the render commands put on the request for the JSPs.
 *
 * @author Livsviktig
 */
public class CareProgramWebKeys {

	public static final String CARE_PROGRAM_DISPLAY_CONTEXT =
		"CARE_PROGRAM_DISPLAY_CONTEXT";

	public static final String CARE_PROGRAM_FORM_DISPLAY_CONTEXT =
		"CARE_PROGRAM_FORM_DISPLAY_CONTEXT";

	public static final String CARE_PROGRAMS_DISPLAY_CONTEXT =
		"CARE_PROGRAMS_DISPLAY_CONTEXT";

	public static final String HEALTH_DISPLAY_CONTEXT =
		"HEALTH_DISPLAY_CONTEXT";

	public static final String LOCAL_ROUTINE_FORM_DISPLAY_CONTEXT =
		"LOCAL_ROUTINE_FORM_DISPLAY_CONTEXT";

	public static final String LOCAL_ROUTINES_DISPLAY_CONTEXT =
		"LOCAL_ROUTINES_DISPLAY_CONTEXT";

	public static final String MY_REVIEWS_DISPLAY_CONTEXT =
		"MY_REVIEWS_DISPLAY_CONTEXT";

	public static final String REVIEW_LOG_DISPLAY_CONTEXT =
		"REVIEW_LOG_DISPLAY_CONTEXT";

	public static final String DELETE_CONFIRMATION = "DELETE_CONFIRMATION";

	public static final String PERSON_PICKER_DISPLAY_CONTEXT =
		"PERSON_PICKER_DISPLAY_CONTEXT";

}
