<%@ include file="/instructor_network/init.jsp" %>

<%
NetworkMeetingsDisplayContext networkMeetingsDisplayContext = (NetworkMeetingsDisplayContext)request.getAttribute(ViewNetworkMeetingsMVCRenderCommand.NETWORK_MEETINGS_DISPLAY_CONTEXT);

String successMessageKey = networkMeetingsDisplayContext.getSuccessMessageKey();

NetworkURLs networkURLs = networkMeetingsDisplayContext.getNetworkURLs();

boolean canUpdate = networkMeetingsDisplayContext.isCanUpdate();
%>

<clay:container-fluid cssClass="livsviktig-instructor-network livsviktig-network-meetings">
	<h1><liferay-ui:message arguments="<%= HtmlUtil.escape(networkMeetingsDisplayContext.getNetworkName()) %>" key="meetings-of-x" translateArguments="<%= false %>" /></h1>

	<%@ include file="/instructor_admin/success_message.jspf" %>

	<p>
		<c:if test="<%= networkMeetingsDisplayContext.getBackURL() != null %>">
			<a class="mr-3" href="<%= HtmlUtil.escapeHREF(networkMeetingsDisplayContext.getBackURL()) %>"><liferay-ui:message key="back-to-the-network" /></a>
		</c:if>

		<c:if test="<%= canUpdate %>">
			<a class="btn btn-primary" href="<%= HtmlUtil.escapeHREF(networkMeetingsDisplayContext.getAddURL()) %>"><liferay-ui:message key="add-meeting" /></a>
		</c:if>
	</p>

	<%
	for (boolean upcoming : new boolean[] {true, false}) {
		List<MeetingRow> meetingRows = upcoming ? networkMeetingsDisplayContext.getUpcomingMeetingRows() : networkMeetingsDisplayContext.getPastMeetingRows();
	%>

		<h2><liferay-ui:message key='<%= upcoming ? "upcoming-meetings" : "past-meetings" %>' /></h2>

		<c:choose>
			<c:when test="<%= meetingRows.isEmpty() %>">
				<p><liferay-ui:message key='<%= upcoming ? "no-meetings-are-planned" : "no-meetings-have-been-held-yet" %>' /></p>
			</c:when>
			<c:otherwise>
				<table class="table table-autofit">
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="title" /></th>
							<th scope="col"><liferay-ui:message key="when" /></th>
							<th scope="col"><liferay-ui:message key="place" /></th>

							<c:if test="<%= canUpdate %>">
								<th scope="col"><liferay-ui:message key="actions" /></th>
							</c:if>
						</tr>
					</thead>
					<tbody>

						<%
						for (MeetingRow meetingRow : meetingRows) {
							String srTitle = "<span class=\"sr-only\"> &ndash; " + HtmlUtil.escape(meetingRow.getTitle()) + "</span>";
						%>

							<tr>
								<td><%= HtmlUtil.escape(meetingRow.getTitle()) %> <%@ include file="/instructor_network/cancelled_label.jspf" %></td>
								<td><%= HtmlUtil.escape(meetingRow.getTime()) %></td>
								<td>
									<%= HtmlUtil.escape(meetingRow.getPlace()) %>

									<c:if test="<%= Validator.isNotNull(meetingRow.getOnlineLink()) %>">
										<div><a href="<%= HtmlUtil.escapeHREF(meetingRow.getOnlineLink()) %>"><liferay-ui:message key="online-link" /><%= srTitle %></a></div>
									</c:if>
								</td>

								<c:if test="<%= canUpdate %>">
									<td>
										<c:if test="<%= !meetingRow.isCancelled() %>">
											<c:choose>
												<c:when test="<%= upcoming %>">
													<a class="mr-2" href="<%= HtmlUtil.escapeHREF(networkURLs.getEditURL(meetingRow.getNetworkMeetingId())) %>"><liferay-ui:message key="edit" /><%= srTitle %></a>
													<a class="mr-2" href="<%= HtmlUtil.escapeHREF(networkURLs.getCancelURL(meetingRow.getNetworkMeetingId())) %>"><liferay-ui:message key="cancel-meeting" /><%= srTitle %></a>
												</c:when>
												<c:otherwise>
													<a class="mr-2" href="<%= HtmlUtil.escapeHREF(networkURLs.getNotesURL(meetingRow.getNetworkMeetingId())) %>"><liferay-ui:message key="notes" /><%= srTitle %></a>
													<a class="mr-2" href="<%= HtmlUtil.escapeHREF(networkURLs.getAttendanceURL(meetingRow.getNetworkMeetingId())) %>"><liferay-ui:message key="mark-attendance" /><%= srTitle %></a>
												</c:otherwise>
											</c:choose>
										</c:if>
									</td>
								</c:if>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</c:otherwise>
		</c:choose>

	<%
	}
	%>

</clay:container-fluid>
