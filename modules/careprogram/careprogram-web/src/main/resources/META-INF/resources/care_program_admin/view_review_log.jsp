<%@ include file="/init.jsp" %>

<%
ReviewLogDisplayContext reviewLogDisplayContext = (ReviewLogDisplayContext)request.getAttribute(CareProgramWebKeys.REVIEW_LOG_DISPLAY_CONTEXT);

List<ReviewLogRow> reviewLogRows = reviewLogDisplayContext.getRows();

String currentTab = "review-log";
%>

<clay:container-fluid cssClass="livsviktig-careprogram-admin">
	<%@ include file="/care_program_admin/admin_navigation.jspf" %>

	<h2><liferay-ui:message key="review-log" /></h2>

	<p class="text-secondary"><liferay-ui:message arguments="<%= reviewLogDisplayContext.getShownAtMost() %>" key="review-log-help-x" /></p>

	<c:choose>
		<c:when test="<%= reviewLogRows.isEmpty() %>">
			<p class="text-secondary"><liferay-ui:message key="no-reviews-yet" /></p>
		</c:when>
		<c:otherwise>
			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message key="review-log" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="date" /></th>
						<th scope="col"><liferay-ui:message key="care-program" /></th>
						<th scope="col"><liferay-ui:message key="administration" /></th>
						<th scope="col"><liferay-ui:message key="review" /></th>
						<th scope="col"><liferay-ui:message key="reviewed-by" /></th>
						<th scope="col"><liferay-ui:message key="article-version" /></th>
						<th scope="col"><liferay-ui:message key="comment" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (ReviewLogRow reviewLogRow : reviewLogRows) {
					%>

						<tr>
							<td><%= HtmlUtil.escape(reviewLogRow.getReviewDate()) %></td>
							<th scope="row"><%= HtmlUtil.escape(reviewLogRow.getCareProgramTitle()) %></th>
							<td>
								<c:choose>
									<c:when test="<%= reviewLogRow.getAdministrationName() != null %>">
										<%= HtmlUtil.escape(reviewLogRow.getAdministrationName()) %>
									</c:when>
									<c:otherwise>
										<liferay-ui:message key="the-programme-summary" />
									</c:otherwise>
								</c:choose>
							</td>
							<td><liferay-ui:message key="<%= reviewLogRow.getKindLabelKey() %>" /></td>
							<td><%= HtmlUtil.escape(reviewLogRow.getReviewerName()) %></td>
							<td><%= HtmlUtil.escape(reviewLogRow.getArticleVersion()) %></td>
							<td><%= HtmlUtil.escape(reviewLogRow.getComment()) %></td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
