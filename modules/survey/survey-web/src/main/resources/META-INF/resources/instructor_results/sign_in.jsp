<%@ include file="/init.jsp" %>

<clay:container-fluid cssClass="livsviktig-instructor-results">
	<h2><liferay-ui:message key="my-course-evaluations" /></h2>

	<p><liferay-ui:message key="sign-in-to-read-the-evaluations-of-the-sessions-you-taught" /></p>
</clay:container-fluid>
