package se.livsviktig.training.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.exception.NoSuchCourseException;
import se.livsviktig.training.exception.RequiredCourseException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.AdminCoursesDisplayContext;

/**
 * Archiving, restoring and deleting a course: each through the remote service; a course with registrations is
 * not deleted and its form says why; a refused permission or a course gone shows the error page.
 *
 * @author Livsviktig
 */
public class AdminCourseActionCommandsTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
		Fields.set(_archive, "_courseService", _courseService);
		Fields.set(_delete, "_courseService", _courseService);
		Fields.set(_restore, "_courseService", _courseService);

		new PortletSessions(
			kernelStatics.portal()
		).with(
			_actionRequest
		);

		when(
			_actionRequest.getParameter("courseId")
		).thenReturn(
			"12"
		);
		when(
			_actionResponse.getRenderParameters()
		).thenReturn(
			_renderParameters
		);
	}

	@Test
	public void aCourseGoneShowsTheErrorPage() throws Exception {
		when(
			_courseService.updateStatus(12, WorkflowConstants.STATUS_APPROVED)
		).thenThrow(
			new NoSuchCourseException()
		);

		_restore.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest, NoSuchCourseException.class.getName()));
		verify(_renderParameters).setValue("mvcPath", "/error.jsp");
	}

	@Test
	public void aCourseWithRegistrationsIsNotDeletedAndItsFormSaysWhy()
		throws Exception {

		RequiredCourseException requiredCourseException =
			new RequiredCourseException();

		when(
			_courseService.deleteCourse(12)
		).thenThrow(
			requiredCourseException
		);

		_delete.doProcessAction(_actionRequest, _actionResponse);

		assertSame(
			requiredCourseException,
			SessionErrors.get(
				_actionRequest, RequiredCourseException.class.getName()));
		verify(_renderParameters).setValue(
			"mvcRenderCommandName", TrainingMVCCommandNames.ADMIN_EDIT_COURSE);
		verify(_renderParameters).setValue("courseId", "12");
		assertFalse(
			SessionMessages.contains(
				_actionRequest, AdminCoursesDisplayContext.DELETED_MESSAGE_KEY));
	}

	@Test
	public void aRefusedPermissionShowsTheErrorPage() throws Exception {
		when(
			_courseService.updateStatus(12, WorkflowConstants.STATUS_INACTIVE)
		).thenThrow(
			new PrincipalException.MustHavePermission(
				1, Course.class.getName(), 12, "UPDATE")
		);

		_archive.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest,
				PrincipalException.MustHavePermission.class.getName()));
		verify(_renderParameters).setValue("mvcPath", "/error.jsp");
	}

	@Test
	public void archivingSetsTheCourseInactive() throws Exception {
		_archive.doProcessAction(_actionRequest, _actionResponse);

		verify(_courseService).updateStatus(
			12, WorkflowConstants.STATUS_INACTIVE);
		assertTrue(
			SessionMessages.contains(
				_actionRequest,
				AdminCoursesDisplayContext.ARCHIVED_MESSAGE_KEY));
	}

	@Test
	public void deletingCallsTheService() throws Exception {
		_delete.doProcessAction(_actionRequest, _actionResponse);

		verify(_courseService).deleteCourse(12);
		assertTrue(
			SessionMessages.contains(
				_actionRequest, AdminCoursesDisplayContext.DELETED_MESSAGE_KEY));
	}

	@Test
	public void restoringMakesTheCourseActiveAgain() throws Exception {
		_restore.doProcessAction(_actionRequest, _actionResponse);

		verify(_courseService).updateStatus(
			12, WorkflowConstants.STATUS_APPROVED);
		assertTrue(
			SessionMessages.contains(
				_actionRequest,
				AdminCoursesDisplayContext.RESTORED_MESSAGE_KEY));
	}

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final AdminArchiveCourseMVCActionCommand _archive =
		new AdminArchiveCourseMVCActionCommand();
	private final CourseService _courseService = mock(CourseService.class);
	private final AdminDeleteCourseMVCActionCommand _delete =
		new AdminDeleteCourseMVCActionCommand();
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);
	private final AdminRestoreCourseMVCActionCommand _restore =
		new AdminRestoreCourseMVCActionCommand();

}
