package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseInterest;
import se.livsviktig.training.service.CourseInterestLocalService;

/**
 * Everyone manages only their own interest, in courses they can see; a course's list is for those who may
 * edit the course.
 *
 * @author Livsviktig
 */
public class CourseInterestServiceImplTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@RegisterExtension
	public final SignedInCaller signedInCaller = new SignedInCaller();

	@BeforeEach
	public void setUp() {
		Fields.set(_service, "courseInterestLocalService", _localService);
		Fields.set(_service, "_courseModelResourcePermission", _courseGrants);
	}

	@Test
	public void addCourseInterestNeedsViewOnTheCourseAndIsTheCallersOwn()
		throws Exception {

		assertThrows(
			PrincipalException.class,
			() -> _service.addCourseInterest(_COURSE_ID));

		verifyNoInteractions(_localService);

		_courseGrants.grant(_COURSE_ID, ActionKeys.VIEW);

		when(
			_localService.addCourseInterest(SignedInCaller.USER_ID, _COURSE_ID)
		).thenReturn(
			_courseInterest
		);

		assertSame(_courseInterest, _service.addCourseInterest(_COURSE_ID));
	}

	@Test
	public void deleteCourseInterestRemovesOnlyTheCallersOwn()
		throws Exception {

		signedInCaller.signOut();

		assertThrows(
			PrincipalException.class,
			() -> _service.deleteCourseInterest(_COURSE_ID));

		verifyNoInteractions(_localService);

		signedInCaller.signIn();

		when(
			_localService.deleteCourseInterest(
				SignedInCaller.USER_ID, _COURSE_ID)
		).thenReturn(
			_courseInterest
		);

		assertSame(_courseInterest, _service.deleteCourseInterest(_COURSE_ID));
	}

	@Test
	public void getCourseInterestsNeedsUpdateOnTheCourseNotJustView()
		throws Exception {

		_courseGrants.grant(_COURSE_ID, ActionKeys.VIEW);

		assertThrows(
			PrincipalException.class,
			() -> _service.getCourseInterests(_COURSE_ID, 0, 20));
		assertThrows(
			PrincipalException.class,
			() -> _service.getCourseInterestsCount(_COURSE_ID));

		verifyNoInteractions(_localService);

		_courseGrants.grant(_COURSE_ID, ActionKeys.UPDATE);

		List<CourseInterest> courseInterests = Collections.singletonList(
			_courseInterest);

		when(
			_localService.getCourseInterests(_COURSE_ID, 0, 20)
		).thenReturn(
			courseInterests
		);
		when(
			_localService.getCourseInterestsCount(_COURSE_ID)
		).thenReturn(
			1
		);

		assertSame(courseInterests, _service.getCourseInterests(_COURSE_ID, 0, 20));
		assertEquals(1, _service.getCourseInterestsCount(_COURSE_ID));
	}

	@Test
	public void getMyCourseInterestsListsTheCallersOwn() throws Exception {
		signedInCaller.signOut();

		assertThrows(
			PrincipalException.class, () -> _service.getMyCourseInterests());

		verifyNoInteractions(_localService);

		signedInCaller.signIn();

		List<CourseInterest> courseInterests = Collections.singletonList(
			_courseInterest);

		when(
			_localService.getUserCourseInterests(SignedInCaller.USER_ID)
		).thenReturn(
			courseInterests
		);

		assertSame(courseInterests, _service.getMyCourseInterests());
	}

	private static final long _COURSE_ID = 70001;

	private final Grants.ModelGrants<Course> _courseGrants = Grants.model(
		Course.class, Course::getCourseId);
	private final CourseInterest _courseInterest = mock(CourseInterest.class);
	private final CourseInterestLocalService _localService = mock(
		CourseInterestLocalService.class);
	private final CourseInterestServiceImpl _service =
		new CourseInterestServiceImpl();

}
