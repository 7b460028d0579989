<%@ include file="/init.jsp" %>

<clay:container-fluid cssClass="livsviktig-instructor-results">
	<p>
		<a href="<%= HtmlUtil.escapeHREF((String)request.getAttribute("backURL")) %>"><liferay-ui:message key="back-to-my-course-evaluations" /></a>
	</p>

	<h2><liferay-ui:message key="my-course-evaluations" /></h2>

	<div class="alert alert-danger" role="alert">
		<liferay-ui:message key="you-can-read-the-evaluations-only-of-sessions-you-taught" />
	</div>
</clay:container-fluid>
