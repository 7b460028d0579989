package se.livsviktig.instructor.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;

import com.liferay.portal.kernel.servlet.SessionErrors;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.portlet.RenderRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.instructor.exception.DuplicateNetworkMemberException;
import se.livsviktig.instructor.exception.NetworkCoordinatorException;
import se.livsviktig.instructor.exception.NetworkDescriptionException;
import se.livsviktig.instructor.exception.NetworkGroupException;
import se.livsviktig.instructor.exception.NetworkMemberUserException;
import se.livsviktig.instructor.exception.NetworkNameException;
import se.livsviktig.instructor.exception.NetworkTrainingMethodException;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;


/**
 * Each refusal of the network services is explained where the page shows it: the form's at their fields with the
 * limit broken, the members page's above its list, with the keys every network page shares (NetworkErrorKeys).
 *
 * @author Livsviktig
 */
public class NetworkFieldErrorsTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
		new PortletSessions(
			kernelStatics.portal()
		).with(
			_renderRequest
		);
	}

	@Test
	public void formRefusalsAreExplainedAtTheirFieldsInTheFormsOrder() {
		for (Class<?> exceptionClass :
				List.of(
					NetworkTrainingMethodException.class,
					NetworkDescriptionException.class,
					NetworkNameException.class, NetworkGroupException.class)) {

			SessionErrors.add(_renderRequest, exceptionClass);
		}

		List<FieldError> fieldErrors = NetworkFieldErrors.ofNetworkForm(
			_renderRequest);

		assertEquals(
			Arrays.asList(null, "name", "description", "trainingMethodIds"),
			fieldErrors.stream(
			).map(
				FieldError::getFieldName
			).collect(
				Collectors.toList()
			));
		assertEquals(
			List.of(
				"the-network-must-belong-to-a-site-of-this-portal-instance",
				"enter-a-network-name-of-at-most-x-characters",
				"enter-a-network-description-of-at-most-x-characters",
				"choose-at-least-one-active-training-method"),
			_messageKeys(fieldErrors));
		assertEquals(150, fieldErrors.get(1).getArguments()[0]);
		assertEquals(4000, fieldErrors.get(2).getArguments()[0]);
	}

	@Test
	public void membersPageRefusalsAreExplainedAboveTheList() {
		SessionErrors.add(_renderRequest, NetworkCoordinatorException.class);
		SessionErrors.add(_renderRequest, DuplicateNetworkMemberException.class);
		SessionErrors.add(_renderRequest, NetworkMemberUserException.class);

		assertEquals(
			List.of(
				"the-person-is-already-a-member-of-the-network",
				"choose-an-active-user-of-this-portal-instance",
				"a-network-needs-at-least-one-coordinator"),
			_messageKeys(NetworkFieldErrors.ofMembersPage(_renderRequest)));
		assertEquals(
			List.of(), NetworkFieldErrors.ofNetworkForm(_renderRequest),
			"the members page's refusals are not the form's");
	}

	private static List<String> _messageKeys(List<FieldError> fieldErrors) {
		return fieldErrors.stream(
		).map(
			FieldError::getMessageKey
		).collect(
			Collectors.toList()
		);
	}

	private final RenderRequest _renderRequest = mock(RenderRequest.class);

}
