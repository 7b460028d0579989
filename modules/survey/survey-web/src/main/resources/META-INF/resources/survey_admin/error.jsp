<%@ include file="/init.jsp" %>

<clay:container-fluid cssClass="livsviktig-survey-admin">
	<h1><liferay-ui:message key="livsviktig-surveys" /></h1>

	<c:choose>
		<c:when test="<%= SessionErrors.contains(renderRequest, PrincipalException.getNestedClasses()) %>">
			<clay:alert displayType="danger">
				<liferay-ui:message key="you-do-not-have-permission-to-do-this" />
			</clay:alert>
		</c:when>
		<c:otherwise>
			<clay:alert displayType="danger">
				<liferay-ui:message key="the-survey-or-its-part-could-not-be-found-it-may-have-been-deleted" />
			</clay:alert>
		</c:otherwise>
	</c:choose>

	<portlet:renderURL var="backURL" />

	<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(backURL) %>"><liferay-ui:message key="back-to-the-surveys" /></a>
</clay:container-fluid>
