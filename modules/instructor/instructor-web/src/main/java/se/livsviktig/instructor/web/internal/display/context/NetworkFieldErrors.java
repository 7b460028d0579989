package se.livsviktig.instructor.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.servlet.SessionErrors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.portlet.PortletRequest;

import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.exception.DuplicateNetworkMemberException;
import se.livsviktig.instructor.exception.NetworkCoordinatorException;
import se.livsviktig.instructor.exception.NetworkDescriptionException;
import se.livsviktig.instructor.exception.NetworkGroupException;
import se.livsviktig.instructor.exception.NetworkMemberRoleException;
import se.livsviktig.instructor.exception.NetworkMemberUserException;
import se.livsviktig.instructor.exception.NetworkNameException;
import se.livsviktig.instructor.exception.NetworkTrainingMethodException;
import se.livsviktig.instructor.network.NetworkErrorKeys;

/**
 * The network services' refusals as the network pages explain them, with the keys of {@link NetworkErrorKeys}:
 * the network form's at its fields, the members page's above its list. Everything else (a missing permission, a
 * network gone) is not the page's to explain and goes to the error page.
 *
 * @author Livsviktig
 */
public class NetworkFieldErrors {

	/**
	 * The refusals the add and edit network form explains.
	 */
	public static final Set<Class<?>> NETWORK_FORM_ERRORS = Set.of(
		NetworkDescriptionException.class, NetworkGroupException.class,
		NetworkNameException.class, NetworkTrainingMethodException.class);

	/**
	 * The refusals the members page explains.
	 */
	public static final Set<Class<?>> MEMBER_ERRORS = Set.of(
		DuplicateNetworkMemberException.class,
		NetworkCoordinatorException.class, NetworkMemberRoleException.class,
		NetworkMemberUserException.class);

	/**
	 * @return the network form's errors in the order of its fields
	 */
	public static List<FieldError> ofNetworkForm(
		PortletRequest portletRequest) {

		List<FieldError> fieldErrors = new ArrayList<>();

		if (SessionErrors.contains(
				portletRequest, NetworkGroupException.class)) {

			fieldErrors.add(
				new FieldError(
					null,
					NetworkErrorKeys.getErrorKey(NetworkGroupException.class)));
		}

		if (SessionErrors.contains(portletRequest, NetworkNameException.class)) {
			fieldErrors.add(
				new FieldError(
					"name",
					NetworkErrorKeys.getErrorKey(NetworkNameException.class),
					NetworkConstants.NAME_MAX_LENGTH));
		}

		if (SessionErrors.contains(
				portletRequest, NetworkDescriptionException.class)) {

			fieldErrors.add(
				new FieldError(
					"description",
					NetworkErrorKeys.getErrorKey(
						NetworkDescriptionException.class),
					NetworkConstants.DESCRIPTION_MAX_LENGTH));
		}

		if (SessionErrors.contains(
				portletRequest, NetworkTrainingMethodException.class)) {

			fieldErrors.add(
				new FieldError(
					"trainingMethodIds",
					NetworkErrorKeys.getErrorKey(
						NetworkTrainingMethodException.class)));
		}

		return fieldErrors;
	}

	/**
	 * @return the members page's errors (no single field is at fault: the person picked, or the role changed)
	 */
	public static List<FieldError> ofMembersPage(
		PortletRequest portletRequest) {

		List<FieldError> fieldErrors = new ArrayList<>();

		for (Class<? extends PortalException> exceptionClass :
				List.of(
					DuplicateNetworkMemberException.class,
					NetworkMemberUserException.class,
					NetworkMemberRoleException.class,
					NetworkCoordinatorException.class)) {

			if (SessionErrors.contains(portletRequest, exceptionClass)) {
				fieldErrors.add(
					new FieldError(
						null,
						NetworkErrorKeys.getErrorKey(exceptionClass)));
			}
		}

		return fieldErrors;
	}

	private NetworkFieldErrors() {
	}

}
