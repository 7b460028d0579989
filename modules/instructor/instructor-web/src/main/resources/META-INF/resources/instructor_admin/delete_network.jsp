<%@ include file="/init.jsp" %>

<%
DeleteNetworkDisplayContext deleteNetworkDisplayContext = (DeleteNetworkDisplayContext)request.getAttribute(InstructorWebKeys.DELETE_NETWORK_DISPLAY_CONTEXT);

NetworkRow networkRow = deleteNetworkDisplayContext.getNetwork();
%>

<clay:container-fluid cssClass="livsviktig-instructor-admin livsviktig-delete-network">
	<h1><liferay-ui:message key="delete-network" /></h1>

	<clay:alert displayType="warning">
		<liferay-ui:message arguments="<%= new Object[] {HtmlUtil.escape(networkRow.getName()), networkRow.getMemberCount()} %>" key="deleting-x-also-deletes-its-x-memberships-and-its-meetings-with-their-answers-and-attendance" translateArguments="<%= false %>" />
	</clay:alert>

	<form action="<%= HtmlUtil.escapeHREF(deleteNetworkDisplayContext.getActionURL()) %>" method="post" name="<portlet:namespace />fm">
		<button class="btn btn-danger" type="submit"><liferay-ui:message key="delete-network" /></button>

		<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(deleteNetworkDisplayContext.getCancelURL()) %>"><liferay-ui:message key="cancel" /></a>
	</form>
</clay:container-fluid>
